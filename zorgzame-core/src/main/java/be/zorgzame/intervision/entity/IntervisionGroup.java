package be.zorgzame.intervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A standing intervision group of workers from different neighbourhoods, possibly of several
 * municipalities, led by a facilitator of a regional support actor. Members see nothing of it before
 * they accept its confidentiality agreement. The reminder schedule is the group's own: days before a
 * session to start preparing and to circulate the case (either may be off), and a reminder the day before.
 */
@Entity
@Table(name = "intervision_group")
@NamedQuery(name = "IntervisionGroup.findAll", query = "SELECT g FROM IntervisionGroup g ORDER BY g.name, g.id")
@NamedQuery(name = "IntervisionGroup.findForUser", query = "SELECT g FROM IntervisionGroup g WHERE g.facilitator = :username"
        + " OR EXISTS (SELECT m FROM GroupMember m WHERE m.group = g AND m.username = :username AND m.leftOn IS NULL)"
        + " ORDER BY g.name, g.id")
public class IntervisionGroup {

    public static final int NAME_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int CONFIDENTIALITY_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    /** User name of the facilitator, a regional support account. */
    @Column(nullable = false, length = 100)
    private String facilitator;

    @Column(name = "max_members", nullable = false)
    private int maxMembers;

    @Column(name = "confidentiality_text", nullable = false, length = CONFIDENTIALITY_LENGTH)
    private String confidentialityText;

    @Column(name = "preparation_days")
    private Integer preparationDays;

    @Column(name = "case_days")
    private Integer caseDays;

    @Column(name = "eve_reminder", nullable = false)
    private boolean eveReminder;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected IntervisionGroup() {
    }

    public IntervisionGroup(String name, String facilitator) {
        this.name = Objects.requireNonNull(name);
        this.facilitator = Objects.requireNonNull(facilitator);
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getFacilitator() {
        return facilitator;
    }

    public void setFacilitator(String facilitator) {
        this.facilitator = facilitator;
    }

    public int getMaxMembers() {
        return maxMembers;
    }

    public void setMaxMembers(int maxMembers) {
        this.maxMembers = maxMembers;
    }

    public String getConfidentialityText() {
        return confidentialityText;
    }

    public void setConfidentialityText(String confidentialityText) {
        this.confidentialityText = confidentialityText;
    }

    public Integer getPreparationDays() {
        return preparationDays;
    }

    public Integer getCaseDays() {
        return caseDays;
    }

    public boolean isEveReminder() {
        return eveReminder;
    }

    public void setReminders(Integer preparationDays, Integer caseDays, boolean eveReminder) {
        this.preparationDays = preparationDays;
        this.caseDays = caseDays;
        this.eveReminder = eveReminder;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
