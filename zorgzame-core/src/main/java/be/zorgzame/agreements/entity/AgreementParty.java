package be.zorgzame.agreements.entity;

import be.zorgzame.partners.entity.Organisation;
import be.zorgzame.partners.entity.Person;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** A party to one version of an agreement: its roles, tasks, decision rights, contributions and contact person. */
@Entity
@Table(name = "agreement_party")
public class AgreementParty {

    public static final int TASKS_LENGTH = 4000;
    public static final int CONTRIBUTION_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id", nullable = false)
    private AgreementVersion agreementVersion;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_person_id")
    private Person contactPerson;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_party_role", joinColumns = @JoinColumn(name = "party_id"))
    @Column(name = "party_role", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<PartyRole> roles = EnumSet.noneOf(PartyRole.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_decision_right", joinColumns = @JoinColumn(name = "party_id"))
    @MapKeyColumn(name = "area", length = AgreementVersion.AREA_LENGTH)
    @Column(name = "decision_level", length = 30)
    @Enumerated(EnumType.STRING)
    private Map<String, DecisionLevel> decisionRights = new TreeMap<>();

    @Column(length = TASKS_LENGTH)
    private String tasks;

    @Column(name = "hours_per_week", precision = 6, scale = 2)
    private BigDecimal hoursPerWeek;

    @Column(name = "budget_per_year", precision = 12, scale = 2)
    private BigDecimal budgetPerYear;

    @Column(name = "space_offered", length = CONTRIBUTION_LENGTH)
    private String spaceOffered;

    @Column(length = CONTRIBUTION_LENGTH)
    private String material;

    protected AgreementParty() {
    }

    AgreementParty(AgreementVersion agreementVersion, Organisation organisation) {
        this.agreementVersion = Objects.requireNonNull(agreementVersion);
        this.organisation = Objects.requireNonNull(organisation);
    }

    public void describe(Set<PartyRole> newRoles, String newTasks, Map<String, DecisionLevel> rights, Person contact) {
        this.roles.clear();
        this.roles.addAll(newRoles);
        this.tasks = newTasks;
        this.decisionRights.clear();
        this.decisionRights.putAll(rights);
        this.contactPerson = contact;
    }

    public void contribute(BigDecimal hours, BigDecimal budget, String space, String materials) {
        this.hoursPerWeek = hours;
        this.budgetPerYear = budget;
        this.spaceOffered = space;
        this.material = materials;
    }

    void placeAt(int position) {
        this.sortOrder = position;
    }

    /** Passes this party on to the organisation a duplicate registry entry is merged into. */
    public void moveTo(Organisation survivor) {
        this.organisation = Objects.requireNonNull(survivor);
    }

    public Long getId() {
        return id;
    }

    public AgreementVersion getAgreementVersion() {
        return agreementVersion;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Person getContactPerson() {
        return contactPerson;
    }

    public Set<PartyRole> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Map<String, DecisionLevel> getDecisionRights() {
        return Collections.unmodifiableMap(decisionRights);
    }

    public String getTasks() {
        return tasks;
    }

    public BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }

    public BigDecimal getBudgetPerYear() {
        return budgetPerYear;
    }

    public String getSpaceOffered() {
        return spaceOffered;
    }

    public String getMaterial() {
        return material;
    }
}
