package be.zorgzame.agreements.entity;

import be.zorgzame.partners.entity.Organisation;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of an agreement. Only a draft can be changed; a submitted version waits for every
 * party's sign-off; an active one is immutable and stays in force until an amendment is accepted.
 */
@Entity
@Table(name = "agreement_version")
public class AgreementVersion {

    public static final int TITLE_LENGTH = 200;
    public static final int PURPOSE_LENGTH = 4000;
    public static final int ESCALATION_LENGTH = 2000;
    public static final int AREA_LENGTH = 200;
    public static final int REASON_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status = AgreementStatus.DRAFT;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = PURPOSE_LENGTH)
    private String purpose;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "escalation_route", length = ESCALATION_LENGTH)
    private String escalationRoute;

    /** In UTC. */
    @Column(name = "status_changed_at", nullable = false)
    private LocalDateTime statusChangedAt = LocalDateTime.now(ZoneOffset.UTC);

    @Column(name = "end_reason", length = REASON_LENGTH)
    private String endReason;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "agreement_decision_area", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "name", length = AREA_LENGTH)
    private List<String> decisionAreas = new ArrayList<>();

    @OneToMany(mappedBy = "agreementVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<AgreementParty> parties = new ArrayList<>();

    @OneToMany(mappedBy = "agreementVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<CoordinationBody> bodies = new ArrayList<>();

    @OneToMany(mappedBy = "agreementVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("signedAt")
    private List<SignOff> signOffs = new ArrayList<>();

    @Version
    private int version;

    protected AgreementVersion() {
    }

    AgreementVersion(Agreement agreement, int number, String title) {
        this.agreement = Objects.requireNonNull(agreement);
        this.number = number;
        this.title = Objects.requireNonNull(title);
    }

    public void describe(String newTitle, String newPurpose, LocalDate from, LocalDate to, LocalDate review,
                         String escalation, List<String> areas) {
        this.title = Objects.requireNonNull(newTitle);
        this.purpose = newPurpose;
        this.validFrom = from;
        this.validTo = to;
        this.reviewDate = review;
        this.escalationRoute = escalation;
        this.decisionAreas.clear();
        this.decisionAreas.addAll(areas);
    }

    /** A party for this version, to be placed with {@link #setParties}. */
    public AgreementParty newParty(Organisation organisation) {
        return new AgreementParty(this, organisation);
    }

    /** The parties in their order; a party left out is removed. */
    public void setParties(List<AgreementParty> next) {
        parties.clear();
        parties.addAll(next);
        for (int i = 0; i < parties.size(); i++) {
            parties.get(i).placeAt(i);
        }
    }

    /** A body for this version, to be placed with {@link #setBodies}. */
    public CoordinationBody newBody(String name, BodyKind kind) {
        return new CoordinationBody(this, name, kind);
    }

    public void setBodies(List<CoordinationBody> next) {
        bodies.clear();
        bodies.addAll(next);
        for (int i = 0; i < bodies.size(); i++) {
            bodies.get(i).placeAt(i);
        }
    }

    public Optional<AgreementParty> party(long organisationId) {
        return parties.stream().filter(p -> p.getOrganisation().getId() == organisationId).findFirst();
    }

    public SignOff signOff(Organisation organisation, SignOffDecision decision, String reason, String signedBy) {
        SignOff signOff = new SignOff(this, organisation, decision, reason, signedBy);
        signOffs.add(signOff);
        return signOff;
    }

    public boolean acceptedByEveryParty() {
        return parties.stream().allMatch(party -> signOffs.stream().anyMatch(s ->
                s.getOrganisation().equals(party.getOrganisation()) && s.getDecision() == SignOffDecision.ACCEPTED));
    }

    /** Moves to another status; going back to draft forgets the sign-offs of the round that ended (the audit trail keeps them). */
    public void moveTo(AgreementStatus next, String reason) {
        if (next == AgreementStatus.DRAFT) {
            signOffs.clear();
        }
        this.status = next;
        this.statusChangedAt = LocalDateTime.now(ZoneOffset.UTC);
        if (reason != null) {
            this.endReason = reason;
        }
    }

    /** The status as shown: an active version past its end date has expired. */
    public AgreementStatus effectiveStatus(LocalDate today) {
        return status == AgreementStatus.ACTIVE && validTo != null && validTo.isBefore(today) ? AgreementStatus.EXPIRED : status;
    }

    public Long getId() {
        return id;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public int getNumber() {
        return number;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public String getEscalationRoute() {
        return escalationRoute;
    }

    public LocalDateTime getStatusChangedAt() {
        return statusChangedAt;
    }

    public String getEndReason() {
        return endReason;
    }

    public List<String> getDecisionAreas() {
        return Collections.unmodifiableList(decisionAreas);
    }

    public List<AgreementParty> getParties() {
        return Collections.unmodifiableList(parties);
    }

    public List<CoordinationBody> getBodies() {
        return Collections.unmodifiableList(bodies);
    }

    public List<SignOff> getSignOffs() {
        return Collections.unmodifiableList(signOffs);
    }

    public int getVersion() {
        return version;
    }
}
