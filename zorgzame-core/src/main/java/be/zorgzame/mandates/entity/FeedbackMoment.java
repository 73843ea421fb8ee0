package be.zorgzame.mandates.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A feedback moment held by the holder with the home organisation, as logged: when, what, and who logged it (when, in UTC). */
@Entity
@Table(name = "mandate_feedback")
public class FeedbackMoment {

    public static final int NOTE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mandate_id", nullable = false)
    private Mandate mandate;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(length = NOTE_LENGTH)
    private String note;

    @Column(name = "logged_by", nullable = false, length = 100)
    private String loggedBy;

    @Column(name = "logged_at", nullable = false)
    private LocalDateTime loggedAt;

    protected FeedbackMoment() {
    }

    FeedbackMoment(Mandate mandate, LocalDate heldOn, String note, String loggedBy) {
        this.mandate = Objects.requireNonNull(mandate);
        this.heldOn = Objects.requireNonNull(heldOn);
        this.note = note;
        this.loggedBy = Objects.requireNonNull(loggedBy);
        this.loggedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public Mandate getMandate() {
        return mandate;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getNote() {
        return note;
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    public LocalDateTime getLoggedAt() {
        return loggedAt;
    }
}
