package be.zorgzame.partners.entity;

import be.zorgzame.neighbourhoods.entity.Neighbourhood;
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
import java.time.LocalDate;
import java.util.Objects;

/** An organisation taking part in a caring neighbourhood: role, level of collaboration, contribution, period. */
@Entity
@Table(name = "involvement")
@NamedQuery(name = "Involvement.findByNeighbourhood", query = "SELECT i FROM Involvement i JOIN FETCH i.organisation o"
        + " WHERE i.neighbourhood.id = :neighbourhood ORDER BY i.validFrom, o.nameKey, i.id")
@NamedQuery(name = "Involvement.countByOrganisation",
        query = "SELECT COUNT(i) FROM Involvement i WHERE i.organisation.id = :organisation")
@NamedQuery(name = "Involvement.countByOrganisationAndNeighbourhood", query = "SELECT COUNT(i) FROM Involvement i"
        + " WHERE i.organisation.id = :organisation AND i.neighbourhood.id = :neighbourhood")
@NamedQuery(name = "Involvement.countInRoleOn", query = "SELECT COUNT(i) FROM Involvement i"
        + " WHERE i.organisation.id = :organisation AND i.neighbourhood.id = :neighbourhood AND i.role = :role"
        + " AND i.validFrom <= :day AND (i.validTo IS NULL OR i.validTo >= :day)")
public class Involvement {

    public static final int CONTRIBUTION_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "neighbourhood_id", nullable = false)
    private Neighbourhood neighbourhood;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "involvement_role", nullable = false, length = 30)
    private InvolvementRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "collaboration_level", nullable = false, length = 30)
    private CollaborationLevel collaborationLevel;

    @Column(length = CONTRIBUTION_LENGTH)
    private String contribution;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private int version;

    protected Involvement() {
    }

    public Involvement(Neighbourhood neighbourhood, Organisation organisation) {
        this.neighbourhood = Objects.requireNonNull(neighbourhood);
        this.organisation = Objects.requireNonNull(organisation);
    }

    public void describe(InvolvementRole newRole, CollaborationLevel newLevel, String newContribution,
                         LocalDate from, LocalDate to) {
        this.role = Objects.requireNonNull(newRole);
        this.collaborationLevel = Objects.requireNonNull(newLevel);
        this.contribution = newContribution;
        this.validFrom = Objects.requireNonNull(from);
        this.validTo = to;
    }

    /** Whether this involvement's period has a day in common with [from, to] (an absent end is open). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !validFrom.isAfter(to)) && (validTo == null || !validTo.isBefore(from));
    }

    public boolean isValidOn(LocalDate day) {
        return overlaps(day, day);
    }

    /** Passes this involvement on to the organisation a duplicate entry is merged into. */
    public void moveTo(Organisation survivor) {
        this.organisation = Objects.requireNonNull(survivor);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Neighbourhood getNeighbourhood() {
        return neighbourhood;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public InvolvementRole getRole() {
        return role;
    }

    public CollaborationLevel getCollaborationLevel() {
        return collaborationLevel;
    }

    public String getContribution() {
        return contribution;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
