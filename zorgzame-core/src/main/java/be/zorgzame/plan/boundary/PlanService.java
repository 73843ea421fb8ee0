package be.zorgzame.plan.boundary;

import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.plan.control.PlanTree;
import be.zorgzame.plan.control.RevisionDiff;
import be.zorgzame.plan.entity.ItemContent;
import be.zorgzame.plan.entity.ItemLevel;
import be.zorgzame.plan.entity.Plan;
import be.zorgzame.plan.entity.PlanItem;
import be.zorgzame.plan.entity.PlanRevision;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Year;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the multi-year plans: one per municipality and cycle, its content in revisions made by
 * {@link PlanImport}. Shows a revision's items in tree order and the differences between two revisions.
 * Partner staff see only the actions linked to their neighbourhoods.
 */
@ApplicationScoped
@Transactional
public class PlanService {

    static final String ENTITY = "Plan";
    private static final int LONGEST_CYCLE = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    PlanAccess access;

    @Inject
    LinkTargets linkTargets;

    @Inject
    AuditTrail auditTrail;

    /** The plans of one municipality, or of all, the latest cycle first. */
    public List<PlanView> list(String municipalityNisCode) {
        access.requireMayReadPlans();
        List<Plan> plans = municipalityNisCode == null
                ? em.createNamedQuery("Plan.findAll", Plan.class).getResultList()
                : em.createNamedQuery("Plan.findByMunicipality", Plan.class)
                .setParameter("municipality", municipalityNisCode).getResultList();
        return plans.stream().map(this::view).toList();
    }

    public PlanView get(long id) {
        access.requireMayReadPlans();
        return view(plan(id));
    }

    public PlanView create(@NotNull @Valid PlanInput input) {
        Municipality municipality = Optional.ofNullable(em.find(Municipality.class, input.municipalityNisCode()))
                .orElseThrow(() -> new InvalidInputException("municipalityNisCode", "{zorgzame.municipality.unknown}"));
        access.requireMayManage(municipality);
        if (input.lastYear() < input.firstYear()) {
            throw new InvalidInputException("lastYear", "{zorgzame.period.endBeforeStart}");
        }
        if (input.lastYear() - input.firstYear() >= LONGEST_CYCLE) {
            throw new InvalidInputException("lastYear", "{zorgzame.plan.cycleTooLong}");
        }
        boolean overlaps = em.createNamedQuery("Plan.findByMunicipality", Plan.class)
                .setParameter("municipality", municipality.getNisCode())
                .getResultStream()
                .anyMatch(p -> p.getFirstYear() <= input.lastYear() && p.getLastYear() >= input.firstYear());
        if (overlaps) {
            throw new InvalidInputException("firstYear", "{zorgzame.plan.cycleOverlaps}");
        }
        Plan plan = new Plan(municipality, input.firstYear(), input.lastYear(), input.title().strip());
        em.persist(plan);
        em.flush();
        PlanView created = view(plan);
        auditTrail.created(Plan.class, plan.getId(), FieldChanges.between(PlanView.class, null, created,
                "id", "municipalityName", "revisions", "version"));
        return created;
    }

    public List<RevisionView> revisions(long id) {
        return get(id).revisions();
    }

    /**
     * The items of a revision (the newest without a number) in tree order. Partner staff get only the
     * actions linked to neighbourhoods their organisation takes part in.
     */
    public List<PlanItemView> items(long id, Integer revisionNumber) {
        access.requireMayReadPlans();
        Plan plan = plan(id);
        PlanRevision revision = revisionNumber == null ? latest(plan) : revision(plan, revisionNumber);
        PlanTree tree = new PlanTree(contents(revision));
        List<ItemContent> items = tree.inTreeOrder();
        if (!access.seesWholePlans()) {
            Set<String> visible = linkTargets.actionsLinkedToVisibleNeighbourhoods(plan, tree);
            items = items.stream().filter(item -> visible.contains(item.code())).toList();
        }
        return items.stream().map(item -> PlanItemView.of(item, tree)).toList();
    }

    /** What changed from one revision to another (by default from the one before {@code to}). */
    public RevisionDiff.Differences differences(long id, int to, Integer from) {
        access.requireSeesWholePlans();
        Plan plan = plan(id);
        PlanRevision after = revision(plan, to);
        int fromNumber = from == null ? to - 1 : from;
        List<ItemContent> before = fromNumber == 0 ? List.of() : contents(revision(plan, fromNumber));
        return RevisionDiff.between(before, contents(after));
    }

    Plan plan(long id) {
        return Optional.ofNullable(em.find(Plan.class, id)).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The plan of a municipality in force in a year: by default this year's, else the latest one. */
    Plan planOf(Municipality municipality, Integer year) {
        List<Plan> plans = em.createNamedQuery("Plan.findByMunicipality", Plan.class)
                .setParameter("municipality", municipality.getNisCode())
                .getResultList();
        int wanted = year == null ? Year.now().getValue() : year;
        return plans.stream().filter(p -> p.covers(wanted)).findFirst()
                .or(() -> year == null ? plans.stream().findFirst() : Optional.empty())
                .orElseThrow(() -> new NotFoundException(ENTITY, municipality.getNisCode() + "/" + wanted));
    }

    static PlanRevision latest(Plan plan) {
        return plan.latestRevision().orElseThrow(() -> new NotFoundException("PlanRevision", plan.getId() + "/latest"));
    }

    static PlanRevision revision(Plan plan, int number) {
        return plan.revision(number).orElseThrow(() -> new NotFoundException("PlanRevision", plan.getId() + "/" + number));
    }

    static List<ItemContent> contents(PlanRevision revision) {
        return revision.getItems().stream().map(PlanItem::content).toList();
    }

    PlanView view(Plan plan) {
        Map<Long, Map<ItemLevel, Long>> counts = new HashMap<>();
        em.createQuery("SELECT i.revision.id, i.level, COUNT(i) FROM PlanItem i WHERE i.revision.plan = :plan"
                        + " GROUP BY i.revision.id, i.level", Object[].class)
                .setParameter("plan", plan)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], r -> new EnumMap<>(ItemLevel.class))
                        .put((ItemLevel) row[1], (Long) row[2]));
        return PlanView.of(plan, plan.getRevisions().stream()
                .map(revision -> RevisionView.of(revision, counts.getOrDefault(revision.getId(), Map.of())))
                .toList());
    }
}
