package be.zorgzame.intervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.UUID;

/**
 * One meeting of a group. Times are wall-clock times in Belgium (Europe/Brussels), as people plan
 * them; calendars get the zone with them. The uid and the sequence number let calendar programs
 * recognise a changed or cancelled session as the same event: every change raises the sequence.
 */
@Entity
@Table(name = "intervision_session")
@NamedQuery(name = "IntervisionSession.findByGroup",
        query = "SELECT s FROM IntervisionSession s WHERE s.group = :group ORDER BY s.startsAt DESC, s.id DESC")
@NamedQuery(name = "IntervisionSession.findForUser", query = "SELECT s FROM IntervisionSession s"
        + " WHERE s.startsAt >= :from AND (s.group.facilitator = :username OR EXISTS (SELECT m FROM GroupMember m"
        + " WHERE m.group = s.group AND m.username = :username AND m.leftOn IS NULL AND m.acceptedAt IS NOT NULL))"
        + " ORDER BY s.startsAt, s.id")
@NamedQuery(name = "IntervisionSession.findPlannedBetween", query = "SELECT s FROM IntervisionSession s"
        + " WHERE s.status = be.zorgzame.intervision.entity.SessionStatus.PLANNED"
        + " AND s.startsAt >= :from AND s.startsAt < :to ORDER BY s.startsAt, s.id")
public class IntervisionSession {

    public static final int PLACE_LENGTH = 300;
    public static final int LINK_LENGTH = 500;
    public static final int THEME_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id", nullable = false)
    private IntervisionGroup group;

    @Column(nullable = false, length = 100)
    private String uid;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_kind", nullable = false, length = 20)
    private SessionKind kind;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(length = PLACE_LENGTH)
    private String place;

    @Column(name = "online_link", length = LINK_LENGTH)
    private String onlineLink;

    @Column(length = THEME_LENGTH)
    private String theme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "method_code")
    private IntervisionMethod method;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_bringer_id")
    private GroupMember caseBringer;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionStatus status;

    @Column(name = "sequence_number", nullable = false)
    private int sequenceNumber;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Version
    private int version;

    protected IntervisionSession() {
    }

    public IntervisionSession(IntervisionGroup group, SessionKind kind) {
        this.group = Objects.requireNonNull(group);
        this.kind = Objects.requireNonNull(kind);
        this.uid = UUID.randomUUID() + "@zorgzame-buurten";
        this.status = SessionStatus.PLANNED;
        this.changedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public IntervisionGroup getGroup() {
        return group;
    }

    public String getUid() {
        return uid;
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setTime(LocalDateTime startsAt, LocalDateTime endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public Optional<IntervisionMethod> getMethod() {
        return Optional.ofNullable(method);
    }

    public void setMethod(IntervisionMethod method) {
        this.method = method;
    }

    public Optional<GroupMember> getCaseBringer() {
        return Optional.ofNullable(caseBringer);
    }

    public void setCaseBringer(GroupMember caseBringer) {
        this.caseBringer = caseBringer;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public boolean isCancelled() {
        return status == SessionStatus.CANCELLED;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    /** Marks a change calendars must pick up. */
    public void changed() {
        sequenceNumber++;
        changedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void cancel() {
        status = SessionStatus.CANCELLED;
        changed();
    }

    public boolean hasStartedAt(LocalDateTime now) {
        return !startsAt.isAfter(now);
    }
}
