package be.zorgzame.plan.boundary;

import be.zorgzame.agreements.entity.Agreement;
import be.zorgzame.checklist.entity.Assessment;
import be.zorgzame.mandates.entity.Mandate;
import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.plan.control.PlanTree;
import be.zorgzame.plan.entity.ItemContent;
import be.zorgzame.plan.entity.LinkTarget;
import be.zorgzame.plan.entity.Plan;
import be.zorgzame.plan.entity.PlanLink;
import be.zorgzame.platform.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the links of a plan point at: a neighbourhood, an agreement (of one neighbourhood), a mandate
 * (covering one or more) or a checklist assessment (of a neighbourhood, or of the municipality as a
 * whole, which carries no neighbourhood's work), and so which neighbourhoods a link concerns.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LinkTargets {

    @PersistenceContext
    EntityManager em;

    @Inject
    PlanAccess access;

    /** A link's target: its name, the neighbourhoods it concerns and the municipalities it belongs to. */
    record Target(String name, List<Neighbourhood> neighbourhoods, Set<String> municipalities) {

        Target(String name, List<Neighbourhood> neighbourhoods) {
            this(name, neighbourhoods, neighbourhoods.stream().map(n -> n.getMunicipality().getNisCode()).collect(Collectors.toSet()));
        }

        Set<Long> neighbourhoodIds() {
            Set<Long> ids = new HashSet<>();
            neighbourhoods.forEach(n -> ids.add(n.getId()));
            return ids;
        }
    }

    Optional<Target> find(LinkTarget type, long id) {
        return switch (type) {
            case NEIGHBOURHOOD -> Optional.ofNullable(em.find(Neighbourhood.class, id))
                    .map(n -> new Target(n.getName(), List.of(n)));
            case AGREEMENT -> Optional.ofNullable(em.find(Agreement.class, id))
                    .map(a -> new Target(a.latest().getTitle(), List.of(a.getNeighbourhood())));
            case MANDATE -> Optional.ofNullable(em.find(Mandate.class, id))
                    .map(m -> new Target(m.getHolder().getName() + " (" + m.getFunction() + ")", List.copyOf(m.getNeighbourhoods())));
            case ASSESSMENT -> Optional.ofNullable(em.find(Assessment.class, id)).map(a -> a.getNeighbourhood() == null
                    ? new Target(a.getItem().getCode() + " (" + a.getMunicipality().getNameNl() + ")", List.of(),
                            Set.of(a.getMunicipality().getNisCode()))
                    : new Target(a.getItem().getCode() + " (" + a.getNeighbourhood().getName() + ")", List.of(a.getNeighbourhood())));
        };
    }

    /** The target must exist and belong to the plan's municipality. */
    Target require(LinkTarget type, long id, Municipality municipality) {
        Target target = find(type, id).orElseThrow(() -> new InvalidInputException("targetId", "{zorgzame.plan.unknownTarget}"));
        if (!target.municipalities().contains(municipality.getNisCode())) {
            throw new InvalidInputException("targetId", "{zorgzame.plan.targetElsewhere}");
        }
        return target;
    }

    /** Per link of the plan, the neighbourhoods it concerns (none when its target has gone). */
    Map<PlanLink, Set<Long>> neighbourhoodsByLink(Plan plan) {
        Map<PlanLink, Set<Long>> concerned = new HashMap<>();
        for (PlanLink link : em.createNamedQuery("PlanLink.findByPlan", PlanLink.class).setParameter("plan", plan).getResultList()) {
            concerned.put(link, find(link.getTargetType(), link.getTargetId()).map(Target::neighbourhoodIds).orElse(Set.of()));
        }
        return concerned;
    }

    /** The codes of the actions linked, directly or through an item above them, to a neighbourhood the caller sees. */
    Set<String> actionsLinkedToVisibleNeighbourhoods(Plan plan, PlanTree tree) {
        Map<Long, Boolean> visible = new HashMap<>();
        Set<String> codes = new HashSet<>();
        neighbourhoodsByLink(plan).forEach((link, neighbourhoods) -> {
            if (neighbourhoods.stream().anyMatch(id -> visible.computeIfAbsent(id, access::maySee))) {
                tree.actionsUnder(link.getItemCode()).stream().map(ItemContent::code).forEach(codes::add);
            }
        });
        return codes;
    }
}
