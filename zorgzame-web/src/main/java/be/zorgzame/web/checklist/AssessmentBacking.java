package be.zorgzame.web.checklist;

import be.zorgzame.checklist.boundary.AssessmentInput;
import be.zorgzame.checklist.boundary.AssessmentService;
import be.zorgzame.checklist.boundary.AssessmentView;
import be.zorgzame.checklist.boundary.CatalogueService;
import be.zorgzame.checklist.boundary.CommentInput;
import be.zorgzame.checklist.boundary.CommentView;
import be.zorgzame.checklist.boundary.EvidenceLinkInput;
import be.zorgzame.checklist.boundary.ItemView;
import be.zorgzame.checklist.boundary.ReviewInput;
import be.zorgzame.checklist.boundary.SuggestionService;
import be.zorgzame.checklist.boundary.SuggestionView;
import be.zorgzame.checklist.entity.AssessmentStatus;
import be.zorgzame.checklist.entity.EvidenceTarget;
import be.zorgzame.checklist.entity.Suggestion;
import be.zorgzame.neighbourhoods.boundary.MunicipalityService;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodService;
import be.zorgzame.platform.audit.AuditEntry;
import be.zorgzame.platform.problem.ConflictException;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.problem.WrongStateException;
import be.zorgzame.web.FacesFieldErrors;
import be.zorgzame.web.PageOutcomes;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * checklist/assessment.xhtml: one item for one municipality or neighbourhood. Staff who may assess fill in the
 * status, owner, dates and evidence; everyone who may see it reads the suggestions, the history and the
 * comments and adds a comment. Opened with {@code id} (an assessment) or with {@code item} and
 * {@code municipality} or {@code neighbourhood} (not assessed yet).
 */
@Named
@ViewScoped
public class AssessmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "assessment";
    static final String COMMENT_FORM = "comment";

    @Inject
    AssessmentService assessments;

    @Inject
    CatalogueService catalogue;

    @Inject
    SuggestionService suggestionService;

    @Inject
    MunicipalityService municipalities;

    @Inject
    NeighbourhoodService neighbourhoods;

    @Inject
    FacesFieldErrors fieldErrors;

    private Long id;
    private Long itemId;
    private String nisCode;
    private Long neighbourhoodId;
    private String subjectName;
    private ItemView item;
    private AssessmentView assessment;
    private boolean mayAssess;
    private List<SuggestionView> suggestions = List.of();
    private List<AuditEntry> history = List.of();
    private List<CommentView> comments = List.of();

    private AssessmentStatus status = AssessmentStatus.NOT_STARTED;
    private String notApplicableReason;
    private String owner;
    private LocalDate dueOn;
    private LocalDate nextReviewOn;
    private String evidenceText;
    private final List<LinkRow> links = new ArrayList<>();
    private String comment;

    public void load() throws IOException {
        if (item != null) {
            return;
        }
        try {
            if (id != null) {
                show(assessments.get(id));
            } else if (itemId != null && (nisCode != null || neighbourhoodId != null)) {
                item = catalogue.item(itemId);
                if (neighbourhoodId != null) {
                    var neighbourhood = neighbourhoods.get(neighbourhoodId);
                    nisCode = neighbourhood.municipalityNisCode();
                    subjectName = neighbourhood.name();
                } else {
                    subjectName = municipalities.get(nisCode).nameNl();
                }
                mayAssess = assessments.mayAssess(nisCode);
                if (!mayAssess) {
                    PageOutcomes.sendError(403);
                    return;
                }
                loadSuggestions();
            } else {
                PageOutcomes.sendError(404);
            }
        } catch (NotFoundException | InvalidInputException e) {
            PageOutcomes.sendError(404);
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        }
    }

    private void show(AssessmentView shown) {
        assessment = shown;
        itemId = shown.itemId();
        nisCode = shown.municipalityNisCode();
        neighbourhoodId = shown.neighbourhoodId();
        item = catalogue.item(itemId);
        subjectName = neighbourhoodId != null ? shown.neighbourhoodName() : municipalities.get(nisCode).nameNl();
        mayAssess = assessments.mayAssess(nisCode);
        status = shown.status();
        notApplicableReason = shown.notApplicableReason();
        owner = shown.owner();
        dueOn = shown.dueOn();
        nextReviewOn = shown.nextReviewOn();
        evidenceText = shown.evidenceText();
        links.clear();
        shown.evidenceLinks().forEach(l -> links.add(new LinkRow(l.targetType(), l.targetId(), l.note())));
        history = assessments.history(shown.id());
        comments = assessments.comments(shown.id());
        loadSuggestions();
    }

    /** Suggestions are drawn per municipality, for the items assessed per municipality; only staff see them. */
    private void loadSuggestions() {
        if (mayAssess && neighbourhoodId == null) {
            suggestions = suggestionService.forMunicipality(nisCode, locale()).stream()
                    .filter(s -> s.itemId() == itemId)
                    .toList();
        }
    }

    public void save() throws IOException {
        AssessmentInput input = new AssessmentInput(itemId, neighbourhoodId == null ? nisCode : null, neighbourhoodId,
                status, owner, dueOn, nextReviewOn, evidenceText, notApplicableReason,
                links.stream().map(LinkRow::toInput).toList(), assessment == null ? null : assessment.version());
        if (assessment == null) {
            Optional<AssessmentView> created = attempt(() -> assessments.create(input));
            if (created.isPresent()) {
                PageOutcomes.redirectWithConfirmation("/checklist/assessment.xhtml?id=" + created.get().id(), "checklist.saved");
            }
        } else {
            attempt(() -> assessments.update(assessment.id(), input)).ifPresent(saved -> shown(saved, "checklist.saved"));
        }
    }

    /** Records that the assessment was reviewed now, as last saved; the next review date is the form's. */
    public void review() {
        attempt(() -> assessments.review(assessment.id(), new ReviewInput(assessment.version(), nextReviewOn)))
                .ifPresent(reviewed -> shown(reviewed, "checklist.reviewed"));
    }

    private void shown(AssessmentView changed, String confirmation) {
        show(changed);
        PageOutcomes.confirm(confirmation);
    }

    /** Makes a change; a refusal shows next to the field it concerns or on top, and gives nothing. */
    private Optional<AssessmentView> attempt(Supplier<AssessmentView> change) {
        try {
            return Optional.of(change.get());
        } catch (ConstraintViolationException e) {
            fieldErrors.show(FORM, e);
        } catch (InvalidInputException e) {
            fieldErrors.show(FORM, e);
        } catch (ConflictException e) {
            PageOutcomes.error("checklist.conflict");
        } catch (WrongStateException e) {
            PageOutcomes.error("checklist.wrongState");
        } catch (ForbiddenException e) {
            PageOutcomes.error("checklist.forbidden");
        }
        return Optional.empty();
    }

    public void addComment() {
        try {
            assessments.comment(assessment.id(), new CommentInput(comment));
            comment = null;
            comments = assessments.comments(assessment.id());
            history = assessments.history(assessment.id());
            PageOutcomes.confirm("checklist.commented");
        } catch (ConstraintViolationException e) {
            fieldErrors.show(COMMENT_FORM, e);
        } catch (InvalidInputException e) {
            fieldErrors.show(COMMENT_FORM, e);
        }
    }

    public void addLink() {
        links.add(new LinkRow(EvidenceTarget.AGREEMENT, null, null));
    }

    public void removeLink(LinkRow link) {
        links.remove(link);
    }

    /** Takes what shows a suggestion as evidence (once); the status stays the user's choice. */
    public void useEvidence(Suggestion.Evidence evidence) {
        if (links.stream().noneMatch(l -> l.targetType == evidence.targetType() && Objects.equals(l.targetId, evidence.targetId()))) {
            links.add(new LinkRow(evidence.targetType(), evidence.targetId(), null));
        }
    }

    public boolean isPerNeighbourhood() {
        return neighbourhoodId != null;
    }

    /** The checklist page the item belongs to. */
    public String getBackOutcome() {
        return neighbourhoodId != null ? "/checklist/neighbourhood" : "/checklist/municipality";
    }

    public boolean isAssessed() {
        return assessment != null;
    }

    public AssessmentStatus[] getStatuses() {
        return AssessmentStatus.values();
    }

    public EvidenceTarget[] getTargets() {
        return EvidenceTarget.values();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** An evidence link being edited. */
    public static class LinkRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private EvidenceTarget targetType;
        private Long targetId;
        private String note;

        LinkRow(EvidenceTarget targetType, Long targetId, String note) {
            this.targetType = targetType;
            this.targetId = targetId;
            this.note = note;
        }

        EvidenceLinkInput toInput() {
            return new EvidenceLinkInput(targetType, targetId, note);
        }

        public EvidenceTarget getTargetType() {
            return targetType;
        }

        public void setTargetType(EvidenceTarget targetType) {
            this.targetType = targetType;
        }

        public Long getTargetId() {
            return targetId;
        }

        public void setTargetId(Long targetId) {
            this.targetId = targetId;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    public ItemView getItem() {
        return item;
    }

    public AssessmentView getAssessment() {
        return assessment;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public boolean isMayAssess() {
        return mayAssess;
    }

    public List<SuggestionView> getSuggestions() {
        return suggestions;
    }

    public List<AuditEntry> getHistory() {
        return history;
    }

    public List<CommentView> getComments() {
        return comments;
    }

    public List<LinkRow> getLinks() {
        return links;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public void setStatus(AssessmentStatus status) {
        this.status = status;
    }

    public String getNotApplicableReason() {
        return notApplicableReason;
    }

    public void setNotApplicableReason(String notApplicableReason) {
        this.notApplicableReason = notApplicableReason;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public void setNextReviewOn(LocalDate nextReviewOn) {
        this.nextReviewOn = nextReviewOn;
    }

    public String getEvidenceText() {
        return evidenceText;
    }

    public void setEvidenceText(String evidenceText) {
        this.evidenceText = evidenceText;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public String getNisCode() {
        return nisCode;
    }

    public void setNisCode(String nisCode) {
        this.nisCode = nisCode;
    }

    public Long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    public void setNeighbourhoodId(Long neighbourhoodId) {
        this.neighbourhoodId = neighbourhoodId;
    }
}
