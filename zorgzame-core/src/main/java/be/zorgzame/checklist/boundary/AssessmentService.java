package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.control.AssessmentRules;
import be.zorgzame.checklist.entity.AssessedPer;
import be.zorgzame.checklist.entity.Assessment;
import be.zorgzame.checklist.entity.AssessmentComment;
import be.zorgzame.checklist.entity.ChecklistItem;
import be.zorgzame.checklist.entity.EvidenceLink;
import be.zorgzame.checklist.entity.EvidenceTarget;
import be.zorgzame.checklist.entity.Framework;
import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.neighbourhoods.entity.NeighbourhoodStatus;
import be.zorgzame.platform.audit.AuditEntry;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.EditConflicts;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.problem.WrongStateException;
import be.zorgzame.platform.query.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Assessments of checklist items: the checklist of a municipality or a neighbourhood, assessing an item
 * (once per item and subject, then changed from the version read), reviews, the comment log and the full
 * history. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    static final String ENTITY = "Assessment";

    @PersistenceContext
    EntityManager em;

    @Inject
    ChecklistAccess access;

    @Inject
    SuggestionService suggestions;

    @Inject
    AuditTrail auditTrail;

    @Inject
    @Any
    Instance<EvidenceLookup> lookups;

    /** The municipality's checklist: the items assessed per municipality, with its assessments and the suggestions. */
    public List<ChecklistEntry> municipalityChecklist(String nisCode, Long frameworkId, Locale locale) {
        access.requireSeesMunicipalities();
        Optional.ofNullable(em.find(Municipality.class, nisCode)).orElseThrow(() -> new NotFoundException("Municipality", nisCode));
        Map<Long, List<SuggestionView>> suggested = suggestions.suggestions(nisCode, locale).stream()
                .collect(Collectors.groupingBy(SuggestionView::itemId));
        return checklist(nisCode, AssessedPer.MUNICIPALITY, frameworkId, Assessment.subjectKey(nisCode, null), suggested);
    }

    /** A neighbourhood's checklist: the items assessed per neighbourhood, with its assessments. */
    public List<ChecklistEntry> neighbourhoodChecklist(long neighbourhoodId, Long frameworkId) {
        Neighbourhood neighbourhood = neighbourhood(neighbourhoodId);
        access.requireMaySeeNeighbourhood(neighbourhoodId);
        return checklist(neighbourhood.getMunicipality().getNisCode(), AssessedPer.NEIGHBOURHOOD, frameworkId,
                Assessment.subjectKey(null, neighbourhoodId), Map.of());
    }

    /**
     * Every item of the municipality's checklist, for the municipality and then for each running neighbourhood
     * (by name), with its assessment: the lines of the report for the council.
     */
    public List<ReportLine> report(String nisCode) {
        access.requireSeesMunicipalities();
        Optional.ofNullable(em.find(Municipality.class, nisCode)).orElseThrow(() -> new NotFoundException("Municipality", nisCode));
        List<ReportLine> lines = new ArrayList<>();
        checklist(nisCode, AssessedPer.MUNICIPALITY, null, Assessment.subjectKey(nisCode, null), Map.of())
                .forEach(entry -> lines.add(line(entry, null)));
        em.createQuery("SELECT n FROM Neighbourhood n WHERE n.municipality.nisCode = :municipality AND n.status <> :stopped"
                        + " ORDER BY n.name, n.id", Neighbourhood.class)
                .setParameter("municipality", nisCode)
                .setParameter("stopped", NeighbourhoodStatus.STOPPED)
                .getResultList()
                .forEach(n -> checklist(nisCode, AssessedPer.NEIGHBOURHOOD, null, Assessment.subjectKey(nisCode, n.getId()), Map.of())
                        .forEach(entry -> lines.add(line(entry, n.getName()))));
        return lines;
    }

    /** Whether the caller may assess for the municipality (and its neighbourhoods): to offer the form or not. */
    public boolean mayAssess(String nisCode) {
        return Optional.ofNullable(em.find(Municipality.class, nisCode)).map(access::mayAssess).orElse(false);
    }

    public AssessmentView get(long id) {
        return AssessmentView.of(visible(id));
    }

    public AssessmentView create(@NotNull @Valid AssessmentInput input) {
        ChecklistItem item = em.find(ChecklistItem.class, input.itemId());
        if (item == null) {
            throw new InvalidInputException("itemId", "{zorgzame.checklist.item.unknown}");
        }
        if (item.isRetired() || item.getFramework().getRetiredOn() != null) {
            throw new InvalidInputException("itemId", "{zorgzame.checklist.item.retired}");
        }
        Neighbourhood neighbourhood = subjectNeighbourhood(item.getFramework(), input);
        Municipality municipality = neighbourhood != null ? neighbourhood.getMunicipality()
                : Optional.ofNullable(input.municipalityNisCode()).map(nis -> em.find(Municipality.class, nis))
                .orElseThrow(() -> new InvalidInputException("municipalityNisCode", "{zorgzame.municipality.unknown}"));
        if (neighbourhood != null && input.municipalityNisCode() != null
                && !input.municipalityNisCode().equals(municipality.getNisCode())) {
            throw new InvalidInputException("municipalityNisCode", "{zorgzame.checklist.otherMunicipality}");
        }
        if (!item.getFramework().appliesTo(municipality.getNisCode())) {
            throw new InvalidInputException("itemId", "{zorgzame.checklist.item.notForMunicipality}");
        }
        access.requireMayAssess(municipality);
        String subject = Assessment.subjectKey(municipality.getNisCode(), neighbourhood == null ? null : neighbourhood.getId());
        if (!em.createNamedQuery("Assessment.findByItemAndSubject", Assessment.class).setParameter("item", item)
                .setParameter("subject", subject).getResultList().isEmpty()) {
            throw new WrongStateException("Item " + item.getId() + " is already assessed for " + subject);
        }
        Assessment assessment = new Assessment(item, municipality, neighbourhood);
        write(assessment, input);
        em.persist(assessment);
        em.flush();
        AssessmentView created = AssessmentView.of(assessment);
        auditTrail.created(Assessment.class, assessment.getId(), changes(null, created));
        return created;
    }

    public AssessmentView update(long id, @NotNull @Valid AssessmentInput input) {
        Assessment assessment = visible(id);
        access.requireMayAssess(assessment.getMunicipality());
        EditConflicts.requireCurrent(ENTITY, id, assessment.getVersion(), input.version());
        if (!Objects.equals(assessment.getItem().getId(), input.itemId())) {
            throw new InvalidInputException("itemId", "{zorgzame.checklist.subjectFixed}");
        }
        Long neighbourhoodId = assessment.getNeighbourhood() == null ? null : assessment.getNeighbourhood().getId();
        if (!Objects.equals(neighbourhoodId, input.neighbourhoodId())) {
            throw new InvalidInputException("neighbourhoodId", "{zorgzame.checklist.subjectFixed}");
        }
        if (input.municipalityNisCode() != null && !input.municipalityNisCode().equals(assessment.getMunicipality().getNisCode())) {
            throw new InvalidInputException("municipalityNisCode", "{zorgzame.checklist.subjectFixed}");
        }
        AssessmentView before = AssessmentView.of(assessment);
        write(assessment, input);
        lock(assessment);
        AssessmentView after = AssessmentView.of(assessment);
        auditTrail.updated(Assessment.class, id, changes(before, after));
        return after;
    }

    /** Records a review now: the status at this moment is what later changes are compared with. */
    public AssessmentView review(long id, @NotNull @Valid ReviewInput input) {
        Assessment assessment = visible(id);
        access.requireMayAssess(assessment.getMunicipality());
        EditConflicts.requireCurrent(ENTITY, id, assessment.getVersion(), input.version());
        AssessmentView before = AssessmentView.of(assessment);
        assessment.review(input.nextReviewOn());
        lock(assessment);
        AssessmentView after = AssessmentView.of(assessment);
        auditTrail.updated(Assessment.class, id, FieldChanges.between(AssessmentView.class, before, after,
                "itemTitle", "itemEdition", "changedSinceReview", "version"));
        return after;
    }

    public List<CommentView> comments(long id) {
        return visible(id).getComments().stream().map(CommentView::of).toList();
    }

    /** Written by whoever may see the assessment; does not change the assessment itself (nor its version). */
    public CommentView comment(long id, @NotNull @Valid CommentInput input) {
        Assessment assessment = visible(id);
        AssessmentComment comment = assessment.comment(input.text().strip(), access.name());
        em.flush();
        auditTrail.created(AssessmentComment.class, comment.getId(), new FieldChanges()
                .added("assessment", id)
                .added("text", comment.getBody()));
        return CommentView.of(comment);
    }

    /** The audit trail of the assessment and of its comments, oldest first, for whoever may see it. */
    public List<AuditEntry> history(long id) {
        Assessment assessment = visible(id);
        List<AuditEntry> entries = new ArrayList<>(auditTrail.history(Assessment.class.getSimpleName(), List.of(String.valueOf(id))));
        List<String> comments = assessment.getComments().stream().map(c -> String.valueOf(c.getId())).toList();
        if (!comments.isEmpty()) {
            entries.addAll(auditTrail.history(AssessmentComment.class.getSimpleName(), comments));
        }
        entries.sort(Comparator.comparing(AuditEntry::getOccurredAt).thenComparing(AuditEntry::getId));
        return entries;
    }

    Assessment visible(long id) {
        Assessment assessment = Optional.ofNullable(em.find(Assessment.class, id)).orElseThrow(() -> new NotFoundException(ENTITY, id));
        access.requireMaySee(assessment);
        return assessment;
    }

    private List<ChecklistEntry> checklist(String nisCode, AssessedPer per, Long frameworkId, String subject,
                                           Map<Long, List<SuggestionView>> suggested) {
        Map<Long, Assessment> assessments = em.createNamedQuery("Assessment.findBySubject", Assessment.class)
                .setParameter("subject", subject)
                .getResultStream()
                .collect(Collectors.toMap(a -> a.getItem().getId(), Function.identity()));
        return em.createNamedQuery("Framework.findAll", Framework.class).getResultStream()
                .filter(f -> f.getAssessedPer() == per && f.appliesTo(nisCode))
                .filter(f -> frameworkId == null || f.getId().equals(frameworkId))
                .flatMap(f -> f.getItems().stream())
                .filter(item -> !item.isRetired() || assessments.containsKey(item.getId()))
                .map(item -> new ChecklistEntry(ItemView.of(item),
                        Optional.ofNullable(assessments.get(item.getId())).map(AssessmentView::of).orElse(null),
                        suggested.getOrDefault(item.getId(), List.of())))
                .toList();
    }

    /** The neighbourhood for an item assessed per neighbourhood; none for one assessed per municipality. */
    private Neighbourhood subjectNeighbourhood(Framework framework, AssessmentInput input) {
        if (framework.getAssessedPer() == AssessedPer.MUNICIPALITY) {
            if (input.neighbourhoodId() != null) {
                throw new InvalidInputException("neighbourhoodId", "{zorgzame.checklist.perMunicipality}");
            }
            return null;
        }
        if (input.neighbourhoodId() == null) {
            throw new InvalidInputException("neighbourhoodId", "{zorgzame.checklist.perNeighbourhood}");
        }
        return Optional.ofNullable(em.find(Neighbourhood.class, input.neighbourhoodId()))
                .orElseThrow(() -> new InvalidInputException("neighbourhoodId", "{zorgzame.neighbourhood.unknown}"));
    }

    private void write(Assessment assessment, AssessmentInput input) {
        List<EvidenceLink> links = input.evidenceLinks().stream()
                .map(l -> new EvidenceLink(l.targetType(), l.targetId(), Texts.blankToNull(l.note())))
                .toList();
        AssessmentRules.check(input.status(), input.notApplicableReason(), links);
        String nisCode = assessment.getMunicipality().getNisCode();
        Map<EvidenceTarget, EvidenceLookup> byTarget = new EnumMap<>(EvidenceTarget.class);
        lookups.forEach(lookup -> byTarget.put(lookup.target(), lookup));
        for (EvidenceLink link : links) {
            EvidenceLookup lookup = byTarget.get(link.getTargetType());
            if (lookup != null && !lookup.municipalitiesOf(link.getTargetId()).contains(nisCode)) {
                throw new InvalidInputException("evidenceLinks", "{zorgzame.checklist.evidence.unknown}");
            }
        }
        assessment.assess(input.status(), Texts.blankToNull(input.owner()), input.dueOn(), input.nextReviewOn(),
                Texts.blankToNull(input.evidenceText()), Texts.blankToNull(input.notApplicableReason()), links);
    }

    private void lock(Assessment assessment) {
        em.lock(assessment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        EditConflicts.flush(em, ENTITY, assessment.getId());
    }

    private Neighbourhood neighbourhood(long id) {
        return Optional.ofNullable(em.find(Neighbourhood.class, id)).orElseThrow(() -> new NotFoundException("Neighbourhood", id));
    }

    private ReportLine line(ChecklistEntry entry, String neighbourhoodName) {
        Framework framework = em.find(Framework.class, entry.item().frameworkId());
        return new ReportLine(entry.item(), new Translation(framework.getNameNl(), framework.getNameFr(), framework.getNameEn()),
                neighbourhoodName, entry.assessment());
    }

    private static FieldChanges changes(AssessmentView before, AssessmentView after) {
        return FieldChanges.between(AssessmentView.class, before, after, "id", "frameworkCode", "itemCode", "itemTitle",
                "itemEdition", "neighbourhoodName", "updatedAt", "changedSinceReview", "version");
    }
}
