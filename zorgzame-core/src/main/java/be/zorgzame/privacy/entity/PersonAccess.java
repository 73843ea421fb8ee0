package be.zorgzame.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** One read of a person's data: who, when (UTC) and what; never the data read. Never changed. */
@Entity
@Table(name = "person_access")
@NamedQuery(name = "PersonAccess.findByPerson",
        query = "SELECT a FROM PersonAccess a WHERE a.personId = :personId ORDER BY a.accessedAt DESC, a.id DESC")
@NamedQuery(name = "PersonAccess.findLatest", query = "SELECT a FROM PersonAccess a ORDER BY a.accessedAt DESC, a.id DESC")
public class PersonAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "accessed_by", nullable = false, length = 100)
    private String accessedBy;

    @Column(name = "accessed_at", nullable = false)
    private LocalDateTime accessedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_kind", nullable = false, length = 20)
    private AccessKind kind;

    protected PersonAccess() {
    }

    public PersonAccess(long personId, String accessedBy, AccessKind kind) {
        this.personId = personId;
        this.accessedBy = Objects.requireNonNull(accessedBy);
        this.kind = Objects.requireNonNull(kind);
        this.accessedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getAccessedBy() {
        return accessedBy;
    }

    public LocalDateTime getAccessedAt() {
        return accessedAt;
    }

    public AccessKind getKind() {
        return kind;
    }
}
