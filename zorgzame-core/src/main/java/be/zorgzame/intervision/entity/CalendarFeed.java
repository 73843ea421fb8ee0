package be.zorgzame.intervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A personal calendar feed: calendar programs cannot log in, so the address carries a secret. Only the
 * secret's SHA-256 hash is stored; a revoked feed answers no more.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = "CalendarFeed.findBySecretHash", query = "SELECT f FROM CalendarFeed f WHERE f.secretHash = :hash")
@NamedQuery(name = "CalendarFeed.findActive",
        query = "SELECT f FROM CalendarFeed f WHERE f.username = :username AND f.revokedAt IS NULL")
public class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(String username, String secretHash) {
        this.username = Objects.requireNonNull(username);
        this.secretHash = Objects.requireNonNull(secretHash);
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public Optional<LocalDateTime> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void revoke() {
        revokedAt = LocalDateTime.now(ZoneOffset.UTC);
    }
}
