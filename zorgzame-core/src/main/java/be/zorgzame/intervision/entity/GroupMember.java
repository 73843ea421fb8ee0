package be.zorgzame.intervision.entity;

import be.zorgzame.neighbourhoods.entity.Neighbourhood;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A worker's place in a group: the account they log in with, the neighbourhood they work in (for the
 * participation counts) and the address reminders go to. Kept after leaving, so attendance and past
 * cases stay attributed; a member who left sees nothing any more.
 */
@Entity
@Table(name = "intervision_member")
@NamedQuery(name = "GroupMember.findByGroup",
        query = "SELECT m FROM GroupMember m WHERE m.group = :group ORDER BY m.displayName, m.id")
@NamedQuery(name = "GroupMember.find",
        query = "SELECT m FROM GroupMember m WHERE m.group = :group AND m.username = :username")
@NamedQuery(name = "GroupMember.countCurrent",
        query = "SELECT COUNT(m) FROM GroupMember m WHERE m.group = :group AND m.leftOn IS NULL")
public class GroupMember {

    public static final int EMAIL_LENGTH = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id", nullable = false)
    private IntervisionGroup group;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = EMAIL_LENGTH)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "neighbourhood_id")
    private Neighbourhood neighbourhood;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Version
    private int version;

    protected GroupMember() {
    }

    public GroupMember(IntervisionGroup group, String username, String displayName, LocalDate joinedOn) {
        this.group = Objects.requireNonNull(group);
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.joinedOn = Objects.requireNonNull(joinedOn);
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

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Optional<Neighbourhood> getNeighbourhood() {
        return Optional.ofNullable(neighbourhood);
    }

    public void setNeighbourhood(Neighbourhood neighbourhood) {
        this.neighbourhood = neighbourhood;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public Optional<LocalDateTime> getAcceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }

    public Optional<LocalDate> getLeftOn() {
        return Optional.ofNullable(leftOn);
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    /** A current member who accepted the confidentiality agreement: the only members who see the group's work. */
    public boolean isConfided() {
        return isCurrent() && acceptedAt != null;
    }

    public void accept() {
        acceptedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void leave(LocalDate on) {
        leftOn = on;
    }

    /** Back in the group after leaving: the agreement must be accepted again. */
    public void rejoin(LocalDate on) {
        leftOn = null;
        acceptedAt = null;
        joinedOn = on;
    }
}
