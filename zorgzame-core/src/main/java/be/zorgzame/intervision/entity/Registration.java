package be.zorgzame.intervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's registration for a session. Cancelling keeps the row (registering again reuses it), so
 * the capacity counts only registrations that are not cancelled. After the session the facilitator
 * records attendance, and whoever attended may leave a short evaluation.
 */
@Entity
@Table(name = "intervision_registration")
@NamedQuery(name = "Registration.findBySession",
        query = "SELECT r FROM Registration r WHERE r.session = :session ORDER BY r.member.displayName, r.id")
@NamedQuery(name = "Registration.find",
        query = "SELECT r FROM Registration r WHERE r.session = :session AND r.member = :member")
@NamedQuery(name = "Registration.countActive",
        query = "SELECT COUNT(r) FROM Registration r WHERE r.session = :session AND r.cancelledAt IS NULL")
@NamedQuery(name = "Registration.findActiveBetween", query = "SELECT r FROM Registration r"
        + " WHERE r.cancelledAt IS NULL"
        + " AND r.session.status = be.zorgzame.intervision.entity.SessionStatus.PLANNED"
        + " AND r.session.startsAt >= :from AND r.session.startsAt < :to")
public class Registration {

    public static final int COMMENT_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", nullable = false)
    private IntervisionSession session;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id", nullable = false)
    private GroupMember member;

    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    private Boolean attended;

    @Column(name = "evaluation_score")
    private Integer evaluationScore;

    @Column(name = "evaluation_comment", length = COMMENT_LENGTH)
    private String evaluationComment;

    @Version
    private int version;

    protected Registration() {
    }

    public Registration(IntervisionSession session, GroupMember member) {
        this.session = Objects.requireNonNull(session);
        this.member = Objects.requireNonNull(member);
        this.registeredAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public IntervisionSession getSession() {
        return session;
    }

    public GroupMember getMember() {
        return member;
    }

    public LocalDateTime getRegisteredAt() {
        return registeredAt;
    }

    public boolean isActive() {
        return cancelledAt == null;
    }

    public Optional<LocalDateTime> getCancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    public void cancel() {
        cancelledAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void renew() {
        cancelledAt = null;
        registeredAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Registered and not recorded absent: what the overview and the checklist count as taking part. */
    public boolean isTakingPart() {
        return isActive() && !Boolean.FALSE.equals(attended);
    }

    /** Empty until the facilitator has recorded it. */
    public Optional<Boolean> getAttended() {
        return Optional.ofNullable(attended);
    }

    public void setAttended(boolean attended) {
        this.attended = attended;
    }

    public Optional<Integer> getEvaluationScore() {
        return Optional.ofNullable(evaluationScore);
    }

    public String getEvaluationComment() {
        return evaluationComment;
    }

    public void evaluate(int score, String comment) {
        this.evaluationScore = score;
        this.evaluationComment = comment;
    }
}
