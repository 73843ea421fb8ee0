package be.zorgzame.plan.boundary;

import be.zorgzame.plan.entity.Plan;
import be.zorgzame.plan.entity.PlanItem;
import be.zorgzame.plan.entity.PlanLink;
import be.zorgzame.plan.entity.PlanRevision;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.EditConflicts;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.query.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps the links between plan items and the caring-neighbourhood work. A link names an item of the newest
 * revision by its code; pointing a flagged link at a code the newest revision has clears the flag. Target
 * type and id are fixed (another target is another link). Every change is audited.
 */
@ApplicationScoped
@Transactional
public class PlanLinkService {

    static final String ENTITY = "PlanLink";

    @PersistenceContext
    EntityManager em;

    @Inject
    PlanService plans;

    @Inject
    PlanAccess access;

    @Inject
    LinkTargets targets;

    @Inject
    AuditTrail auditTrail;

    /** The plan's links, by item code; only the flagged ones with {@code flaggedOnly}. */
    public List<LinkView> list(long planId, boolean flaggedOnly) {
        access.requireSeesWholePlans();
        Plan plan = plans.plan(planId);
        Map<String, String> titles = titles(plan);
        return em.createNamedQuery("PlanLink.findByPlan", PlanLink.class).setParameter("plan", plan).getResultStream()
                .filter(link -> !flaggedOnly || link.getFlaggedInRevision().isPresent())
                .map(link -> view(link, titles))
                .toList();
    }

    public LinkView get(long planId, long linkId) {
        access.requireSeesWholePlans();
        return view(link(planId, linkId), titles(plans.plan(planId)));
    }

    public LinkView create(long planId, @NotNull @Valid LinkInput input) {
        Plan plan = plans.plan(planId);
        access.requireMayManage(plan.getMunicipality());
        targets.require(input.targetType(), input.targetId(), plan.getMunicipality());
        Map<String, String> titles = titles(plan);
        PlanLink link = new PlanLink(plan, input.targetType(), input.targetId());
        write(link, input, titles);
        em.persist(link);
        em.flush();
        LinkView created = view(link, titles);
        auditTrail.created(PlanLink.class, link.getId(), changes(null, created));
        return created;
    }

    public LinkView update(long planId, long linkId, @NotNull @Valid LinkInput input) {
        PlanLink link = link(planId, linkId);
        access.requireMayManage(link.getPlan().getMunicipality());
        EditConflicts.requireCurrent(ENTITY, linkId, link.getVersion(), input.version());
        if (link.getTargetType() != input.targetType() || link.getTargetId() != input.targetId()) {
            throw new InvalidInputException("targetId", "{zorgzame.plan.targetFixed}");
        }
        Map<String, String> titles = titles(link.getPlan());
        LinkView before = view(link, titles);
        write(link, input, titles);
        EditConflicts.flush(em, ENTITY, linkId);
        LinkView after = view(link, titles);
        auditTrail.updated(PlanLink.class, linkId, changes(before, after));
        return after;
    }

    public void delete(long planId, long linkId) {
        PlanLink link = link(planId, linkId);
        access.requireMayManage(link.getPlan().getMunicipality());
        LinkView before = view(link, titles(link.getPlan()));
        em.remove(link);
        auditTrail.deleted(PlanLink.class, linkId, changes(before, null));
    }

    /** The new code must be an item of the newest revision, and once per target; a flag is cleared by a code that exists. */
    private void write(PlanLink link, LinkInput input, Map<String, String> titles) {
        String code = input.itemCode().strip();
        if (!titles.containsKey(code)) {
            throw new InvalidInputException("itemCode", "{zorgzame.plan.unknownCode}");
        }
        boolean moved = !code.equals(link.getItemCode());
        if (moved && em.createNamedQuery("PlanLink.countByPlanCodeAndTarget", Long.class)
                .setParameter("plan", link.getPlan())
                .setParameter("code", code)
                .setParameter("type", link.getTargetType())
                .setParameter("target", link.getTargetId())
                .getSingleResult() > 0) {
            throw new InvalidInputException("itemCode", "{zorgzame.plan.linkTwice}");
        }
        link.describe(code, Texts.blankToNull(input.note()),
                input.budgetShare() == null ? null : input.budgetShare().setScale(2, RoundingMode.HALF_UP));
        link.clearFlag();
    }

    private PlanLink link(long planId, long linkId) {
        return Optional.ofNullable(em.find(PlanLink.class, linkId))
                .filter(link -> Objects.equals(link.getPlan().getId(), planId))
                .orElseThrow(() -> new NotFoundException(ENTITY, linkId));
    }

    /** The titles of the newest revision's items by code; none before the first import. */
    private static Map<String, String> titles(Plan plan) {
        return plan.latestRevision().map(PlanRevision::getItems).orElse(List.of()).stream()
                .collect(Collectors.toMap(PlanItem::getCode, PlanItem::getTitle));
    }

    private LinkView view(PlanLink link, Map<String, String> titles) {
        String targetName = targets.find(link.getTargetType(), link.getTargetId()).map(LinkTargets.Target::name).orElse(null);
        return LinkView.of(link, titles.get(link.getItemCode()), targetName);
    }

    private static FieldChanges changes(LinkView before, LinkView after) {
        return FieldChanges.between(LinkView.class, before, after, "id", "itemTitle", "targetName", "version");
    }
}
