package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.control.ProgressCounts;
import be.zorgzame.checklist.entity.AssessedPer;
import be.zorgzame.checklist.entity.Assessment;
import be.zorgzame.checklist.entity.AssessmentStatus;
import be.zorgzame.checklist.entity.ChecklistItem;
import be.zorgzame.checklist.entity.Framework;
import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.neighbourhoods.entity.NeighbourhoodStatus;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The checklist's dashboards: progress per framework and level of a municipality (with its running
 * neighbourhoods) or of one neighbourhood, what changed since the last review, the reviews due and
 * overdue, and the regional aggregate without personal data.
 */
@ApplicationScoped
@Transactional
public class ChecklistDashboard {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChecklistAccess access;

    public ProgressView municipality(String nisCode) {
        access.requireSeesMunicipalities();
        municipality(nisCode, "municipality");
        List<Assessment> assessments = inMunicipality(nisCode);
        return new ProgressView(nisCode, null, progress(nisCode, assessments, running(nisCode), null), changed(assessments));
    }

    public ProgressView neighbourhood(long neighbourhoodId) {
        Neighbourhood neighbourhood = Optional.ofNullable(em.find(Neighbourhood.class, neighbourhoodId))
                .orElseThrow(() -> new NotFoundException("Neighbourhood", neighbourhoodId));
        access.requireMaySeeNeighbourhood(neighbourhoodId);
        String nisCode = neighbourhood.getMunicipality().getNisCode();
        List<Assessment> assessments = em.createNamedQuery("Assessment.findBySubject", Assessment.class)
                .setParameter("subject", Assessment.subjectKey(nisCode, neighbourhoodId))
                .getResultList();
        return new ProgressView(nisCode, neighbourhoodId,
                progress(nisCode, assessments, List.of(neighbourhood), AssessedPer.NEIGHBOURHOOD), changed(assessments));
    }

    /**
     * Assessments to review within the coming days or overdue, that the caller may see: staff of one
     * municipality those of their municipality, partner staff those of their neighbourhoods.
     */
    public List<ReviewDue> reviews(int withinDays) {
        access.requireReadsReviews();
        LocalDate today = LocalDate.now();
        boolean everyAssessment = access.seesEveryAssessment();
        Optional<String> only = everyAssessment ? access.onlyMunicipality() : Optional.empty();
        Map<Long, Boolean> visibleNeighbourhood = new HashMap<>();
        return em.createNamedQuery("Assessment.findReviewDue", Assessment.class)
                .setParameter("until", today.plusDays(withinDays))
                .getResultStream()
                .filter(a -> only.map(nis -> nis.equals(a.getMunicipality().getNisCode())).orElse(true))
                .filter(a -> everyAssessment || a.getNeighbourhood() != null && visibleNeighbourhood
                        .computeIfAbsent(a.getNeighbourhood().getId(), id -> access.maySee(a)))
                .map(a -> new ReviewDue(a.getId(), a.getItem().getFramework().getCode(), a.getItem().getCode(),
                        ItemView.of(a.getItem()).title(), a.getMunicipality().getNisCode(),
                        a.getNeighbourhood() == null ? null : a.getNeighbourhood().getId(),
                        a.getNeighbourhood() == null ? null : a.getNeighbourhood().getName(), a.getStatus(),
                        a.getNextReviewOn(), a.getNextReviewOn().isBefore(today)))
                .toList();
    }

    /** Progress of the given municipalities, or of every municipality with assessments; counts only. */
    public List<RegionalProgress> regional(List<String> nisCodes) {
        access.requireReadsAggregates();
        List<String> codes = nisCodes.isEmpty()
                ? em.createQuery("SELECT DISTINCT a.municipality.nisCode FROM Assessment a", String.class).getResultList()
                .stream().sorted().toList()
                : nisCodes;
        List<RegionalProgress> regional = new ArrayList<>();
        for (String nisCode : codes) {
            Municipality municipality = municipality(nisCode, "municipality");
            List<Assessment> assessments = inMunicipality(nisCode);
            List<Neighbourhood> running = running(nisCode);
            regional.add(new RegionalProgress(nisCode, municipality.getNameNl(), running.size(),
                    assessments.stream().map(Assessment::getNeighbourhood).filter(Objects::nonNull).distinct().count(),
                    progress(nisCode, assessments, running, null)));
        }
        return regional;
    }

    /**
     * Every item of the frameworks that apply to the municipality counts once per subject: the municipality
     * for a framework assessed per municipality, each of the neighbourhoods for one assessed per neighbourhood.
     */
    private List<FrameworkProgress> progress(String nisCode, List<Assessment> assessments, List<Neighbourhood> neighbourhoods,
                                             AssessedPer only) {
        Map<String, Map<Long, AssessmentStatus>> statuses = new HashMap<>();
        assessments.forEach(a -> statuses.computeIfAbsent(a.getSubjectKey(), key -> new HashMap<>())
                .put(a.getItem().getId(), a.getStatus()));
        List<FrameworkProgress> progress = new ArrayList<>();
        for (Framework framework : em.createNamedQuery("Framework.findAll", Framework.class).getResultList()) {
            if (!framework.appliesTo(nisCode) || only != null && framework.getAssessedPer() != only) {
                continue;
            }
            List<String> subjects = framework.getAssessedPer() == AssessedPer.MUNICIPALITY
                    ? List.of(Assessment.subjectKey(nisCode, null))
                    : neighbourhoods.stream().map(n -> Assessment.subjectKey(nisCode, n.getId())).toList();
            List<ProgressCounts.Entry> entries = new ArrayList<>();
            for (ChecklistItem item : framework.getItems()) {
                if (!item.isRetired()) {
                    subjects.forEach(subject -> entries.add(new ProgressCounts.Entry(framework.getId(), item.getLevel(),
                            statuses.getOrDefault(subject, Map.of()).getOrDefault(item.getId(), AssessmentStatus.NOT_STARTED))));
                }
            }
            List<ProgressCounts.Tally> tallies = ProgressCounts.tally(entries);
            var total = ProgressCounts.total(tallies);
            progress.add(new FrameworkProgress(framework.getId(), framework.getCode(),
                    new Translation(framework.getNameNl(), framework.getNameFr(), framework.getNameEn()),
                    framework.getAssessedPer(), total, ProgressCounts.sum(total), tallies.stream()
                    .map(t -> new FrameworkProgress.LevelProgress(t.level(), t.counts(), t.total())).toList()));
        }
        return progress;
    }

    private static List<ProgressView.ChangedSinceReview> changed(List<Assessment> assessments) {
        return assessments.stream()
                .filter(Assessment::changedSinceReview)
                .map(a -> new ProgressView.ChangedSinceReview(a.getId(), a.getItem().getFramework().getCode(),
                        a.getItem().getCode(), ItemView.of(a.getItem()).title(),
                        a.getNeighbourhood() == null ? null : a.getNeighbourhood().getId(),
                        a.getNeighbourhood() == null ? null : a.getNeighbourhood().getName(), a.getStatusAtReview(),
                        a.getStatus(), a.getReviewedAt(), a.getUpdatedAt()))
                .toList();
    }

    private List<Assessment> inMunicipality(String nisCode) {
        return em.createNamedQuery("Assessment.findInMunicipality", Assessment.class)
                .setParameter("municipality", nisCode)
                .getResultList();
    }

    private List<Neighbourhood> running(String nisCode) {
        return em.createQuery("SELECT n FROM Neighbourhood n WHERE n.municipality.nisCode = :municipality"
                        + " AND n.status <> :stopped ORDER BY n.name, n.id", Neighbourhood.class)
                .setParameter("municipality", nisCode)
                .setParameter("stopped", NeighbourhoodStatus.STOPPED)
                .getResultList();
    }

    private Municipality municipality(String nisCode, String field) {
        if (nisCode == null || !nisCode.matches("\\d{5}")) {
            throw new InvalidInputException(field, "{zorgzame.nisCode.invalid}");
        }
        return Optional.ofNullable(em.find(Municipality.class, nisCode)).orElseThrow(() -> new NotFoundException("Municipality", nisCode));
    }
}
