package be.zorgzame.plan.boundary;

import be.zorgzame.checklist.boundary.EvidenceLookup;
import be.zorgzame.checklist.boundary.SuggestionSource;
import be.zorgzame.checklist.entity.EvidenceTarget;
import be.zorgzame.checklist.entity.Recommendations;
import be.zorgzame.checklist.entity.Suggestion;
import be.zorgzame.plan.entity.Plan;
import be.zorgzame.plan.entity.PlanItem;
import be.zorgzame.plan.entity.PlanLink;
import be.zorgzame.plan.entity.PlanRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the policy checklist learns from the multi-year plan: local recommendation 2 (embed caring
 * neighbourhoods in the meerjarenplan) is suggested when items of the plan in force carry linked
 * work; and plan items can be evidence.
 */
@ApplicationScoped
public class PlanChecklistSource implements SuggestionSource, EvidenceLookup {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Suggestion> forMunicipality(String nisCode, LocalDate today) {
        return em.createNamedQuery("Plan.findByMunicipality", Plan.class)
                .setParameter("municipality", nisCode)
                .getResultStream()
                .filter(plan -> plan.covers(today.getYear()))
                .findFirst()
                .flatMap(this::linkedItems)
                .map(items -> List.of(new Suggestion(Recommendations.FRAMEWORK, Recommendations.LOCAL_MULTI_YEAR_PLAN,
                        "suggestion.multiYearPlan",
                        List.of(items.stream().map(PlanItem::getCode).sorted().collect(Collectors.joining(", "))),
                        items.stream().map(i -> new Suggestion.Evidence(EvidenceTarget.PLAN_ITEM, i.getId())).toList())))
                .orElse(List.of());
    }

    /** The items of the newest revision that links point at (links flagged for review left out). */
    private Optional<List<PlanItem>> linkedItems(Plan plan) {
        Set<String> codes = em.createNamedQuery("PlanLink.findByPlan", PlanLink.class)
                .setParameter("plan", plan)
                .getResultStream()
                .filter(link -> link.getFlaggedInRevision().isEmpty())
                .map(PlanLink::getItemCode)
                .collect(Collectors.toSet());
        Map<String, PlanItem> items = plan.latestRevision().map(PlanRevision::getItems).orElse(List.of()).stream()
                .collect(Collectors.toMap(PlanItem::getCode, Function.identity(), (a, b) -> a));
        List<PlanItem> linked = codes.stream().map(items::get).filter(Objects::nonNull).toList();
        return linked.isEmpty() ? Optional.empty() : Optional.of(linked);
    }

    @Override
    public EvidenceTarget target() {
        return EvidenceTarget.PLAN_ITEM;
    }

    @Override
    public Set<String> municipalitiesOf(long id) {
        return Optional.ofNullable(em.find(PlanItem.class, id))
                .map(item -> Set.of(item.getRevision().getPlan().getMunicipality().getNisCode()))
                .orElse(Set.of());
    }
}
