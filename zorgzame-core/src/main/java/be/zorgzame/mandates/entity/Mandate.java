package be.zorgzame.mandates.entity;

import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.partners.entity.Organisation;
import be.zorgzame.partners.entity.Person;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The mandate a person holds for one or more neighbourhoods, on behalf of the organisation employing
 * them, granted by an organisation's body. Holder, employer and granting organisation are fixed: another
 * holder is another mandate. A renewal is a new edition pointing at the one it renews.
 */
@Entity
@Table(name = "mandate")
@NamedQuery(name = "Mandate.findByPrevious", query = "SELECT m FROM Mandate m WHERE m.previous = :previous")
@NamedQuery(name = "Mandate.findByNeighbourhoodAndStatus", query = "SELECT m FROM Mandate m JOIN m.neighbourhoods n"
        + " WHERE n.id = :neighbourhood AND m.status = :status ORDER BY m.id")
@NamedQuery(name = "Mandate.findInMunicipalityByStatus", query = "SELECT n.id, m FROM Mandate m JOIN m.neighbourhoods n"
        + " WHERE n.municipality.nisCode = :municipality AND m.status = :status ORDER BY m.id")
public class Mandate {

    public static final int BODY_LENGTH = 200;
    public static final int REFERENCE_LENGTH = 100;
    public static final int LINK_LENGTH = 500;
    public static final int SCOPE_LENGTH = 4000;
    public static final int FEEDBACK_TEXT_LENGTH = 200;
    public static final int REASON_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_id")
    private Mandate previous;

    @Column(nullable = false)
    private int edition = 1;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "holder_id", nullable = false)
    private Person holder;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id", nullable = false)
    private Organisation employer;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_function", nullable = false, length = 30)
    private MandateFunction function;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "mandate_neighbourhood", joinColumns = @JoinColumn(name = "mandate_id"),
            inverseJoinColumns = @JoinColumn(name = "neighbourhood_id"))
    private Set<Neighbourhood> neighbourhoods = new HashSet<>();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "granting_organisation_id", nullable = false)
    private Organisation grantingOrganisation;

    @Column(name = "granting_body", nullable = false, length = BODY_LENGTH)
    private String grantingBody;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "decision_reference", length = REFERENCE_LENGTH)
    private String decisionReference;

    @Column(name = "decision_link", length = LINK_LENGTH)
    private String decisionLink;

    @Column(name = "mandate_scope", length = SCOPE_LENGTH)
    private String scope;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "mandate_freedom", joinColumns = @JoinColumn(name = "mandate_id"))
    @OrderColumn(name = "sort_order")
    private List<DegreeOfFreedom> degreesOfFreedom = new ArrayList<>();

    @Column(name = "hours_per_week", precision = 5, scale = 2)
    private BigDecimal hoursPerWeek;

    @Column(name = "fte_share", precision = 4, scale = 3)
    private BigDecimal fteShare;

    @Column(name = "days_per_month", precision = 3, scale = 1)
    private BigDecimal daysPerMonth;

    @Column(name = "feedback_to", length = FEEDBACK_TEXT_LENGTH)
    private String feedbackTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_cadence", length = 20)
    private FeedbackCadence feedbackCadence;

    @Column(name = "feedback_form", length = FEEDBACK_TEXT_LENGTH)
    private String feedbackForm;

    @OneToMany(mappedBy = "mandate", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("heldOn, id")
    private List<FeedbackMoment> feedback = new ArrayList<>();

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MandateStatus status = MandateStatus.DRAFT;

    /** In UTC. */
    @Column(name = "status_changed_at", nullable = false)
    private LocalDateTime statusChangedAt = LocalDateTime.now(ZoneOffset.UTC);

    @Column(name = "end_reason", length = REASON_LENGTH)
    private String endReason;

    @Version
    private int version;

    protected Mandate() {
    }

    public Mandate(Person holder, Organisation employer, Organisation grantingOrganisation, LocalDate validFrom) {
        this.holder = Objects.requireNonNull(holder);
        this.employer = Objects.requireNonNull(employer);
        this.grantingOrganisation = Objects.requireNonNull(grantingOrganisation);
        this.validFrom = Objects.requireNonNull(validFrom);
    }

    /**
     * The next edition: a draft with the same content for a new period, but without a decision yet (a
     * renewal is decided anew). This one stays as it is until the renewal is activated.
     */
    public Mandate renew(LocalDate from, LocalDate to) {
        Mandate next = new Mandate(holder, employer, grantingOrganisation, from);
        next.previous = this;
        next.edition = edition + 1;
        next.validTo = to;
        next.describe(function, neighbourhoods, scope, degreesOfFreedom.stream()
                .map(d -> new DegreeOfFreedom(d.getArea(), d.getLevel(), d.getBudgetLimit())).toList());
        next.grant(grantingBody, null, null, null);
        next.allotTime(hoursPerWeek, fteShare, daysPerMonth);
        next.arrangeFeedback(feedbackTo, feedbackCadence, feedbackForm);
        return next;
    }

    public void describe(MandateFunction newFunction, Collection<Neighbourhood> covered, String newScope,
                         List<DegreeOfFreedom> freedoms) {
        this.function = Objects.requireNonNull(newFunction);
        this.neighbourhoods.clear();
        this.neighbourhoods.addAll(covered);
        this.scope = newScope;
        this.degreesOfFreedom.clear();
        this.degreesOfFreedom.addAll(freedoms);
    }

    public void grant(String body, LocalDate decidedOn, String reference, String link) {
        this.grantingBody = Objects.requireNonNull(body);
        this.decisionDate = decidedOn;
        this.decisionReference = reference;
        this.decisionLink = link;
    }

    public void allotTime(BigDecimal hours, BigDecimal fte, BigDecimal daysInNeighbourhood) {
        this.hoursPerWeek = hours;
        this.fteShare = fte;
        this.daysPerMonth = daysInNeighbourhood;
    }

    public void arrangeFeedback(String to, FeedbackCadence cadence, String form) {
        this.feedbackTo = to;
        this.feedbackCadence = cadence;
        this.feedbackForm = form;
    }

    public void setValidity(LocalDate from, LocalDate to) {
        this.validFrom = Objects.requireNonNull(from);
        this.validTo = to;
    }

    public void moveTo(MandateStatus next, String reason) {
        this.status = Objects.requireNonNull(next);
        this.statusChangedAt = LocalDateTime.now(ZoneOffset.UTC);
        this.endReason = reason;
    }

    public FeedbackMoment logFeedback(LocalDate heldOn, String note, String loggedBy) {
        FeedbackMoment moment = new FeedbackMoment(this, heldOn, note, loggedBy);
        feedback.add(moment);
        return moment;
    }

    /** The day of the latest feedback moment logged. */
    public Optional<LocalDate> lastFeedbackOn() {
        return feedback.stream().map(FeedbackMoment::getHeldOn).max(LocalDate::compareTo);
    }

    /** The organisation employs the holder or granted the mandate. */
    public boolean concerns(long organisationId) {
        return employer.getId() == organisationId || grantingOrganisation.getId() == organisationId;
    }

    /** Passes the references to a duplicate registry entry on to the entry it is merged into. */
    public void replaceOrganisation(long duplicateId, Organisation survivor) {
        if (employer.getId() == duplicateId) {
            employer = survivor;
        }
        if (grantingOrganisation.getId() == duplicateId) {
            grantingOrganisation = survivor;
        }
    }

    public Long getId() {
        return id;
    }

    public Mandate getPrevious() {
        return previous;
    }

    public int getEdition() {
        return edition;
    }

    public Person getHolder() {
        return holder;
    }

    public Organisation getEmployer() {
        return employer;
    }

    public MandateFunction getFunction() {
        return function;
    }

    public Set<Neighbourhood> getNeighbourhoods() {
        return Collections.unmodifiableSet(neighbourhoods);
    }

    public Organisation getGrantingOrganisation() {
        return grantingOrganisation;
    }

    public String getGrantingBody() {
        return grantingBody;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public String getDecisionLink() {
        return decisionLink;
    }

    public String getScope() {
        return scope;
    }

    public List<DegreeOfFreedom> getDegreesOfFreedom() {
        return Collections.unmodifiableList(degreesOfFreedom);
    }

    public BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }

    public BigDecimal getFteShare() {
        return fteShare;
    }

    public BigDecimal getDaysPerMonth() {
        return daysPerMonth;
    }

    public String getFeedbackTo() {
        return feedbackTo;
    }

    public FeedbackCadence getFeedbackCadence() {
        return feedbackCadence;
    }

    public String getFeedbackForm() {
        return feedbackForm;
    }

    public List<FeedbackMoment> getFeedback() {
        return Collections.unmodifiableList(feedback);
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public MandateStatus getStatus() {
        return status;
    }

    public LocalDateTime getStatusChangedAt() {
        return statusChangedAt;
    }

    public String getEndReason() {
        return endReason;
    }

    public int getVersion() {
        return version;
    }
}
