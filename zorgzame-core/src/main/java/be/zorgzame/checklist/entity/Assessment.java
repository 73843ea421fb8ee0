package be.zorgzame.checklist.entity;

import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where a municipality (for an item assessed per municipality) or a neighbourhood stands on one item:
 * status, owner, dates, evidence, and the edition of the item's wording it was last assessed against.
 * A review records the moment and the status then, so what changed since can be shown.
 */
@Entity
@Table(name = "checklist_assessment")
@NamedQuery(name = "Assessment.findBySubject", query = "SELECT a FROM Assessment a WHERE a.subjectKey = :subject")
@NamedQuery(name = "Assessment.findByItemAndSubject",
        query = "SELECT a FROM Assessment a WHERE a.item = :item AND a.subjectKey = :subject")
@NamedQuery(name = "Assessment.findInMunicipality",
        query = "SELECT a FROM Assessment a WHERE a.municipality.nisCode = :municipality")
@NamedQuery(name = "Assessment.findReviewDue", query = "SELECT a FROM Assessment a WHERE a.nextReviewOn <= :until"
        + " AND a.item.retiredOn IS NULL ORDER BY a.nextReviewOn, a.id")
public class Assessment {

    public static final int OWNER_LENGTH = 200;
    public static final int EVIDENCE_LENGTH = 4000;
    public static final int REASON_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false)
    private ChecklistItem item;

    @Column(name = "subject_key", nullable = false, length = 30)
    private String subjectKey;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_nis_code", nullable = false)
    private Municipality municipality;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "neighbourhood_id")
    private Neighbourhood neighbourhood;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssessmentStatus status = AssessmentStatus.NOT_STARTED;

    @Column(name = "owner_name", length = OWNER_LENGTH)
    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    @Column(name = "evidence_text", length = EVIDENCE_LENGTH)
    private String evidenceText;

    @Column(name = "not_applicable_reason", length = REASON_LENGTH)
    private String notApplicableReason;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "checklist_evidence_link", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "sort_order")
    private List<EvidenceLink> evidenceLinks = new ArrayList<>();

    @Column(name = "assessed_edition", nullable = false)
    private int assessedEdition;

    /** In UTC. */
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    /** In UTC. */
    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_at_review", length = 20)
    private AssessmentStatus statusAtReview;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL)
    @OrderBy("writtenAt, id")
    private List<AssessmentComment> comments = new ArrayList<>();

    @Version
    private int version;

    protected Assessment() {
    }

    /** The assessment of a municipality ({@code neighbourhood} absent) or of one of its neighbourhoods. */
    public Assessment(ChecklistItem item, Municipality municipality, Neighbourhood neighbourhood) {
        this.item = Objects.requireNonNull(item);
        this.municipality = Objects.requireNonNull(municipality);
        this.neighbourhood = neighbourhood;
        this.subjectKey = subjectKey(municipality.getNisCode(), neighbourhood == null ? null : neighbourhood.getId());
        this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** The key of a subject: a municipality when no neighbourhood is given. */
    public static String subjectKey(String nisCode, Long neighbourhoodId) {
        return neighbourhoodId == null ? "M:" + nisCode : "N:" + neighbourhoodId;
    }

    /** Records the assessment against the item's current wording. */
    public void assess(AssessmentStatus newStatus, String newOwner, LocalDate due, LocalDate nextReview, String evidence,
                       String reason, List<EvidenceLink> links) {
        this.status = Objects.requireNonNull(newStatus);
        this.owner = newOwner;
        this.dueOn = due;
        this.nextReviewOn = nextReview;
        this.evidenceText = evidence;
        this.notApplicableReason = reason;
        this.evidenceLinks.clear();
        this.evidenceLinks.addAll(links);
        this.assessedEdition = item.current().getEdition();
        this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Marks the assessment as reviewed now, with its status at this moment, and sets the next review. */
    public void review(LocalDate nextReview) {
        this.reviewedAt = LocalDateTime.now(ZoneOffset.UTC);
        this.statusAtReview = status;
        this.nextReviewOn = nextReview;
    }

    /** Changed after its last review; never when it was never reviewed (there is nothing to compare with). */
    public boolean changedSinceReview() {
        return reviewedAt != null && updatedAt.isAfter(reviewedAt);
    }

    public AssessmentComment comment(String body, String by) {
        AssessmentComment comment = new AssessmentComment(this, body, by);
        comments.add(comment);
        return comment;
    }

    public Long getId() {
        return id;
    }

    public ChecklistItem getItem() {
        return item;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public Neighbourhood getNeighbourhood() {
        return neighbourhood;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public String getEvidenceText() {
        return evidenceText;
    }

    public String getNotApplicableReason() {
        return notApplicableReason;
    }

    public List<EvidenceLink> getEvidenceLinks() {
        return Collections.unmodifiableList(evidenceLinks);
    }

    public int getAssessedEdition() {
        return assessedEdition;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDateTime getReviewedAt() {
        return reviewedAt;
    }

    public AssessmentStatus getStatusAtReview() {
        return statusAtReview;
    }

    public List<AssessmentComment> getComments() {
        return Collections.unmodifiableList(comments);
    }

    public int getVersion() {
        return version;
    }
}
