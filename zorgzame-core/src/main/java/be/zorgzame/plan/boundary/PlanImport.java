package be.zorgzame.plan.boundary;

import be.zorgzame.partners.control.TableFiles;
import be.zorgzame.plan.control.PlanTable;
import be.zorgzame.plan.control.RevisionDiff;
import be.zorgzame.plan.entity.ItemContent;
import be.zorgzame.plan.entity.ItemLevel;
import be.zorgzame.plan.entity.Plan;
import be.zorgzame.plan.entity.PlanLink;
import be.zorgzame.plan.entity.PlanRevision;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.EditConflicts;
import be.zorgzame.platform.problem.FieldError;
import be.zorgzame.platform.problem.FieldErrors;
import be.zorgzame.platform.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a plan's content from the CSV or XLSX of the municipality's financial software as a new revision.
 * A dry run reports per row every error (named by column), and for a readable file the differences with
 * the newest revision and the links they affect. Applying does the same in one transaction and refuses the
 * whole file when any row is refused. A new revision flags the links whose item code it lacks (they are
 * never removed) and clears the flag of those whose code is back.
 */
@ApplicationScoped
@Transactional
public class PlanImport {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

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

    public PlanImportReport dryRun(long planId, byte[] file, Locale locale) {
        Plan plan = plans.plan(planId);
        access.requireMayManage(plan.getMunicipality());
        return check(plan, file, locale).report(false, null);
    }

    public PlanImportReport apply(long planId, byte[] file, @Size(max = PlanRevision.LABEL_LENGTH) String label,
                                  Locale locale) {
        Plan plan = plans.plan(planId);
        access.requireMayManage(plan.getMunicipality());
        Checked checked = check(plan, file, locale);
        if (!checked.table().accepted()) {
            return checked.report(false, null);
        }
        // Two imports of the same plan at once would both take the next number: the second one is a conflict
        em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        PlanRevision revision = plan.revise(label == null || label.isBlank() ? null : label.strip(), access.name());
        checked.table().items().forEach(revision::add);
        em.persist(revision);
        for (AffectedLink affected : checked.affectedLinks()) {
            PlanLink link = em.find(PlanLink.class, affected.linkId());
            if (affected.effect() == AffectedLink.Effect.FLAGGED) {
                link.flag(revision.getNumber());
                auditTrail.updated(PlanLink.class, link.getId(), new FieldChanges().added("flaggedInRevision", revision.getNumber()));
            } else if (affected.effect() == AffectedLink.Effect.RESTORED) {
                auditTrail.updated(PlanLink.class, link.getId(),
                        new FieldChanges().removed("flaggedInRevision", link.getFlaggedInRevision().orElse(null)));
                link.clearFlag();
            }
        }
        EditConflicts.flush(em, PlanService.ENTITY, plan.getId());
        RevisionDiff.Differences differences = checked.differences();
        auditTrail.created(PlanRevision.class, revision.getId(), new FieldChanges()
                .added("plan", plan.getId())
                .added("number", revision.getNumber())
                .added("label", revision.getLabel())
                .added("items", checked.table().items().size())
                .added("added", differences.added().size())
                .added("removed", differences.removed().size())
                .added("changed", differences.changed().size()));
        return checked.report(true, revision.getNumber());
    }

    /** A file checked against a plan: the table read and, when every row is accepted, the differences and affected links. */
    private record Checked(PlanTable.Result table, List<RejectedRow> rejectedRows, RevisionDiff.Differences differences,
                           List<AffectedLink> affectedLinks) {

        PlanImportReport report(boolean applied, Integer revision) {
            return new PlanImportReport(applied, revision, count(ItemLevel.OBJECTIVE), count(ItemLevel.ACTION_PLAN),
                    count(ItemLevel.ACTION), rejectedRows.size(), rejectedRows, differences, affectedLinks);
        }

        private int count(ItemLevel level) {
            return (int) table.items().stream().filter(item -> item.level() == level).count();
        }
    }

    private Checked check(Plan plan, byte[] file, Locale locale) {
        if (file.length > MAX_BYTES) {
            throw new InvalidInputException(PlanTable.FILE, "{zorgzame.import.tooLarge}");
        }
        List<List<String>> records = TableFiles.records(file, MAX_ROWS + 1);
        if (records.size() - 1 > MAX_ROWS) {
            throw new InvalidInputException(PlanTable.FILE, "{zorgzame.import.tooManyRows}");
        }
        PlanTable.Result table = PlanTable.read(records, plan.getFirstYear(), plan.getLastYear());
        List<RejectedRow> rejected = table.problems().stream()
                .map(problem -> new RejectedRow(problem.row(), problem.code(), problem.errors().stream()
                        .map(error -> new FieldError(error.column(), FieldErrors.message(error.messageKey(), locale)))
                        .toList()))
                .toList();
        if (!table.accepted()) {
            return new Checked(table, rejected, null, List.of());
        }
        List<ItemContent> before = plan.latestRevision().map(PlanService::contents).orElse(List.of());
        RevisionDiff.Differences differences = RevisionDiff.between(before, table.items());
        return new Checked(table, rejected, differences, affectedLinks(plan, table.items(), differences));
    }

    private List<AffectedLink> affectedLinks(Plan plan, List<ItemContent> items, RevisionDiff.Differences differences) {
        Set<String> codes = items.stream().map(ItemContent::code).collect(Collectors.toSet());
        Set<String> changed = differences.changed().stream().map(RevisionDiff.Change::code).collect(Collectors.toSet());
        List<AffectedLink> affected = new ArrayList<>();
        for (PlanLink link : em.createNamedQuery("PlanLink.findByPlan", PlanLink.class).setParameter("plan", plan).getResultList()) {
            boolean flagged = link.getFlaggedInRevision().isPresent();
            boolean present = codes.contains(link.getItemCode());
            AffectedLink.Effect effect = !present && !flagged ? AffectedLink.Effect.FLAGGED
                    : present && flagged ? AffectedLink.Effect.RESTORED
                    : changed.contains(link.getItemCode()) ? AffectedLink.Effect.CHANGED : null;
            if (effect != null) {
                affected.add(new AffectedLink(link.getId(), link.getItemCode(), link.getTargetType(), link.getTargetId(),
                        targets.find(link.getTargetType(), link.getTargetId()).map(LinkTargets.Target::name).orElse(null), effect));
            }
        }
        return affected;
    }
}
