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
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        return new ProgressView(nisCode, null,
                progress(nisCode, frameworks(), null, bySubject(nisCode, assessments, running(nisCode))), changed(assessments));
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
                progress(nisCode, frameworks(), AssessedPer.NEIGHBOURHOOD, bySubject(nisCode, assessments, List.of(neighbourhood))),
                changed(assessments));
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

    /**
     * Progress of the given municipalities, or of every municipality with assessments; counts only. A fixed
     * number of statements whatever the number of municipalities: the database counts the statuses per
     * municipality and item, and only the subjects the progress counts (the municipality for a framework
     * assessed per municipality, its running neighbourhoods for one assessed per neighbourhood).
     */
    public List<RegionalProgress> regional(List<String> nisCodes) {
        access.requireReadsAggregates();
        Map<String, String> names = new HashMap<>();
        em.createQuery("SELECT m.nisCode, m.nameNl FROM Municipality m", Object[].class).getResultStream()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        nisCodes.forEach(nisCode -> {
            requireNisCode(nisCode, "municipality");
            if (!names.containsKey(nisCode)) {
                throw new NotFoundException("Municipality", nisCode);
            }
        });
        List<String> codes = nisCodes.isEmpty()
                ? em.createQuery("SELECT DISTINCT a.municipality.nisCode FROM Assessment a", String.class).getResultList()
                .stream().sorted().toList()
                : nisCodes;
        Map<String, Long> running = perMunicipality(em.createQuery("SELECT n.municipality.nisCode, COUNT(n)"
                        + " FROM Neighbourhood n WHERE n.status <> :stopped GROUP BY n.municipality.nisCode", Object[].class)
                .setParameter("stopped", NeighbourhoodStatus.STOPPED));
        Map<String, Long> assessed = perMunicipality(em.createQuery("SELECT a.municipality.nisCode, COUNT(DISTINCT n.id)"
                + " FROM Assessment a JOIN a.neighbourhood n GROUP BY a.municipality.nisCode", Object[].class));
        Map<String, Map<Long, Map<AssessmentStatus, Integer>>> statuses = new HashMap<>();
        em.createQuery("SELECT a.municipality.nisCode, a.item.id, a.status, COUNT(a) FROM Assessment a"
                        + " LEFT JOIN a.neighbourhood n WHERE (n.id IS NULL AND a.item.framework.assessedPer = :perMunicipality)"
                        + " OR (n.status <> :stopped AND a.item.framework.assessedPer = :perNeighbourhood)"
                        + " GROUP BY a.municipality.nisCode, a.item.id, a.status", Object[].class)
                .setParameter("perMunicipality", AssessedPer.MUNICIPALITY)
                .setParameter("perNeighbourhood", AssessedPer.NEIGHBOURHOOD)
                .setParameter("stopped", NeighbourhoodStatus.STOPPED)
                .getResultStream()
                .forEach(row -> statuses.computeIfAbsent((String) row[0], code -> new HashMap<>())
                        .computeIfAbsent((Long) row[1], item -> new EnumMap<>(AssessmentStatus.class))
                        .put((AssessmentStatus) row[2], ((Number) row[3]).intValue()));
        List<Framework> frameworks = frameworks();
        List<RegionalProgress> regional = new ArrayList<>();
        for (String nisCode : codes) {
            long neighbourhoods = running.getOrDefault(nisCode, 0L);
            Map<Long, Map<AssessmentStatus, Integer>> byItem = statuses.getOrDefault(nisCode, Map.of());
            regional.add(new RegionalProgress(nisCode, names.get(nisCode), neighbourhoods, assessed.getOrDefault(nisCode, 0L),
                    progress(nisCode, frameworks, null, (framework, item) -> withNotStarted(
                            framework.getAssessedPer() == AssessedPer.MUNICIPALITY ? 1 : (int) neighbourhoods,
                            byItem.getOrDefault(item.getId(), Map.of())))));
        }
        return regional;
    }

    /** How many subjects have each status for one item of a framework. */
    private interface ItemCounts {
        Map<AssessmentStatus, Integer> of(Framework framework, ChecklistItem item);
    }

    /** The statuses of the subjects' assessments of one item, each subject without one counted as not started. */
    private static ItemCounts bySubject(String nisCode, List<Assessment> assessments, List<Neighbourhood> neighbourhoods) {
        Map<String, Map<Long, AssessmentStatus>> statuses = new HashMap<>();
        assessments.forEach(a -> statuses.computeIfAbsent(a.getSubjectKey(), key -> new HashMap<>())
                .put(a.getItem().getId(), a.getStatus()));
        return (framework, item) -> {
            List<String> subjects = framework.getAssessedPer() == AssessedPer.MUNICIPALITY
                    ? List.of(Assessment.subjectKey(nisCode, null))
                    : neighbourhoods.stream().map(n -> Assessment.subjectKey(nisCode, n.getId())).toList();
            Map<AssessmentStatus, Integer> counts = new EnumMap<>(AssessmentStatus.class);
            subjects.forEach(subject -> counts.merge(statuses.getOrDefault(subject, Map.of())
                    .getOrDefault(item.getId(), AssessmentStatus.NOT_STARTED), 1, Integer::sum));
            return counts;
        };
    }

    /** Counts of assessed statuses, completed with the subjects not assessed (or assessed as not started). */
    private static Map<AssessmentStatus, Integer> withNotStarted(int subjects, Map<AssessmentStatus, Integer> assessed) {
        Map<AssessmentStatus, Integer> counts = new EnumMap<>(AssessmentStatus.class);
        assessed.forEach((status, n) -> {
            if (status != AssessmentStatus.NOT_STARTED) {
                counts.put(status, n);
            }
        });
        counts.put(AssessmentStatus.NOT_STARTED, Math.max(0, subjects - ProgressCounts.sum(counts)));
        return counts;
    }

    /**
     * Every item of the frameworks that apply to the municipality counts once per subject: the municipality
     * for a framework assessed per municipality, each of the neighbourhoods for one assessed per neighbourhood.
     */
    private static List<FrameworkProgress> progress(String nisCode, List<Framework> frameworks, AssessedPer only,
                                                    ItemCounts counts) {
        List<FrameworkProgress> progress = new ArrayList<>();
        for (Framework framework : frameworks) {
            if (!framework.appliesTo(nisCode) || only != null && framework.getAssessedPer() != only) {
                continue;
            }
            List<ProgressCounts.Entry> entries = new ArrayList<>();
            for (ChecklistItem item : framework.getItems()) {
                if (!item.isRetired()) {
                    counts.of(framework, item).forEach((status, n) -> {
                        if (n > 0) {
                            entries.add(new ProgressCounts.Entry(framework.getId(), item.getLevel(), status, n));
                        }
                    });
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

    private List<Framework> frameworks() {
        return em.createNamedQuery("Framework.findAll", Framework.class).getResultList();
    }

    private static Map<String, Long> perMunicipality(TypedQuery<Object[]> counted) {
        Map<String, Long> counts = new HashMap<>();
        counted.getResultStream().forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
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
        requireNisCode(nisCode, field);
        return Optional.ofNullable(em.find(Municipality.class, nisCode)).orElseThrow(() -> new NotFoundException("Municipality", nisCode));
    }

    private static void requireNisCode(String nisCode, String field) {
        if (nisCode == null || !nisCode.matches("\\d{5}")) {
            throw new InvalidInputException(field, "{zorgzame.nisCode.invalid}");
        }
    }
}
