package be.zorgzame.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * That a person was erased by anonymisation: by whom, when (UTC) and why. Keyed by the person, so a
 * second erasure of the same person cannot be stored, not even by two administrators at once.
 */
@Entity
@Table(name = "person_erasure")
public class PersonErasure {

    public static final int REASON_LENGTH = 2000;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "erased_by", nullable = false, length = 100)
    private String erasedBy;

    @Column(name = "erased_at", nullable = false)
    private LocalDateTime erasedAt;

    @Column(nullable = false, length = REASON_LENGTH)
    private String reason;

    protected PersonErasure() {
    }

    public PersonErasure(long personId, String erasedBy, String reason) {
        this.personId = personId;
        this.erasedBy = Objects.requireNonNull(erasedBy);
        this.reason = Objects.requireNonNull(reason);
        this.erasedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getPersonId() {
        return personId;
    }

    public String getErasedBy() {
        return erasedBy;
    }

    public LocalDateTime getErasedAt() {
        return erasedAt;
    }

    public String getReason() {
        return reason;
    }
}
