package be.zorgzame.plan.boundary;

import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.plan.control.CoverageCalculator;
import be.zorgzame.plan.control.PlanTree;
import be.zorgzame.plan.entity.ItemContent;
import be.zorgzame.plan.entity.Plan;
import be.zorgzame.plan.entity.PlanLink;
import be.zorgzame.plan.entity.PlanRevision;
import be.zorgzame.plan.entity.YearBudget;
import be.zorgzame.platform.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Coverage of the caring-neighbourhood work by the newest revision of the municipality's plan in force in
 * a year (by default this year's plan, else the latest): per neighbourhood with the actions, or per
 * municipality as totals only.
 */
@ApplicationScoped
@Transactional
public class PlanCoverageService {

    private static final BigDecimal WHOLE = new BigDecimal("100");

    @PersistenceContext
    EntityManager em;

    @Inject
    PlanService plans;

    @Inject
    PlanAccess access;

    @Inject
    LinkTargets targets;

    @Inject
    PlanLinkService links;

    public NeighbourhoodCoverage neighbourhood(long neighbourhoodId, Integer year) {
        access.requireMaySeeCoverageOf(neighbourhoodId);
        Neighbourhood neighbourhood = Optional.ofNullable(em.find(Neighbourhood.class, neighbourhoodId))
                .orElseThrow(() -> new NotFoundException("Neighbourhood", neighbourhoodId));
        Linkage linkage = linkage(plans.planOf(neighbourhood.getMunicipality(), year));
        long flagged = linkage.links().entrySet().stream()
                .filter(e -> e.getKey().getFlaggedInRevision().isPresent() && e.getValue().contains(neighbourhoodId))
                .count();
        return NeighbourhoodCoverage.of(neighbourhood, linkage.plan(), linkage.revision(), linkage.coverage(neighbourhood),
                flagged);
    }

    public MunicipalityCoverage municipality(String nisCode, Integer year) {
        access.requireMaySeeAggregates();
        Municipality municipality = Optional.ofNullable(em.find(Municipality.class, nisCode))
                .orElseThrow(() -> new NotFoundException("Municipality", nisCode));
        return totals(linkage(plans.planOf(municipality, year)));
    }

    /** The linkage overview of a plan for the council: its links with their amounts per year, and the coverage. */
    public LinkageOverview overview(long planId) {
        access.requireSeesWholePlans();
        Linkage linkage = linkage(plans.plan(planId));
        List<LinkageOverview.LinkedItem> linked = links.list(planId, false).stream()
                .map(linkage::linked)
                .toList();
        return new LinkageOverview(plans.view(linkage.plan()), linkage.revision(), linked, totals(linkage));
    }

    private MunicipalityCoverage totals(Linkage linkage) {
        List<MunicipalityCoverage.Neighbourhood> neighbourhoods = em.createQuery(
                        "SELECT n FROM Neighbourhood n WHERE n.municipality = :municipality ORDER BY n.name, n.id", Neighbourhood.class)
                .setParameter("municipality", linkage.plan().getMunicipality())
                .getResultStream()
                .map(n -> MunicipalityCoverage.Neighbourhood.of(n, linkage.coverage(n)))
                .toList();
        return MunicipalityCoverage.of(linkage.plan(), linkage.revision(), neighbourhoods);
    }

    private Linkage linkage(Plan plan) {
        Optional<PlanRevision> revision = plan.latestRevision();
        PlanTree tree = new PlanTree(revision.map(PlanService::contents).orElse(List.of()));
        return new Linkage(plan, revision.map(PlanRevision::getNumber).orElse(null), tree, targets.neighbourhoodsByLink(plan));
    }

    /** A plan's newest revision as a tree, and per link the neighbourhoods it concerns. */
    private record Linkage(Plan plan, Integer revision, PlanTree tree, Map<PlanLink, Set<Long>> links) {

        CoverageCalculator.Result coverage(Neighbourhood neighbourhood) {
            List<CoverageCalculator.LinkedAction> actions = links.entrySet().stream()
                    .filter(e -> e.getValue().contains(neighbourhood.getId()))
                    .map(Map.Entry::getKey)
                    .flatMap(link -> tree.actionsUnder(link.getItemCode()).stream()
                            .map(action -> new CoverageCalculator.LinkedAction(action.code(), action.title(),
                                    link.getBudgetShare(), action.budgets())))
                    .toList();
            return CoverageCalculator.of(plan.getFirstYear(), plan.getLastYear(), neighbourhood.getSubsidyFrom(),
                    neighbourhood.getSubsidyTo(), actions);
        }

        /** A link with its item's expenditure per year times the share; a flagged link's code is not in the revision: nothing. */
        LinkageOverview.LinkedItem linked(LinkView link) {
            Map<Integer, YearBudget> budgets = new HashMap<>();
            tree.budgets(link.itemCode()).forEach(budget -> budgets.put(budget.getBudgetYear(), budget));
            BigDecimal share = link.budgetShare() == null ? WHOLE : link.budgetShare();
            List<LinkageOverview.YearAmount> years = IntStream.rangeClosed(plan.getFirstYear(), plan.getLastYear())
                    .mapToObj(year -> new LinkageOverview.YearAmount(year, Optional.ofNullable(budgets.get(year))
                            .map(budget -> budget.expenditure().multiply(share).divide(WHOLE, 2, RoundingMode.HALF_UP))
                            .orElse(BigDecimal.ZERO.setScale(2))))
                    .toList();
            return new LinkageOverview.LinkedItem(link, tree.find(link.itemCode()).map(ItemContent::level).orElse(null), years);
        }
    }
}
