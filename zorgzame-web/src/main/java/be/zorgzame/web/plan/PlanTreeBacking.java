package be.zorgzame.web.plan;

import be.zorgzame.plan.boundary.BudgetView;
import be.zorgzame.plan.boundary.PlanAccess;
import be.zorgzame.plan.boundary.PlanItemView;
import be.zorgzame.plan.boundary.PlanService;
import be.zorgzame.plan.boundary.PlanView;
import be.zorgzame.plan.entity.ItemLevel;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.web.PageOutcomes;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * plan/tree.xhtml: a revision of a plan as a tree of objectives, action plans and actions with one
 * measure of their budgets per year (the four side by side for six years would not fit a screen).
 * Partner staff get only the actions linked to their neighbourhoods, which then stand at the top.
 */
@Named
@ViewScoped
public class PlanTreeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The budget figure shown per year. */
    public enum Measure {
        EXPENDITURE_OPERATING(BudgetView::expenditureOperating),
        RECEIPTS_OPERATING(BudgetView::receiptsOperating),
        EXPENDITURE_INVESTMENT(BudgetView::expenditureInvestment),
        RECEIPTS_INVESTMENT(BudgetView::receiptsInvestment);

        private final Function<BudgetView, BigDecimal> amount;

        Measure(Function<BudgetView, BigDecimal> amount) {
            this.amount = amount;
        }
    }

    /** A row of the tree: the item and the chosen measure per year of the cycle (null: no budget that year). */
    public record ItemRow(PlanItemView item, List<BigDecimal> amounts) implements Serializable {
    }

    @Inject
    PlanService plans;

    @Inject
    PlanAccess access;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Integer revision;
    private Measure measure = Measure.EXPENDITURE_OPERATING;
    private List<PlanView> all;
    private PlanView plan;
    private List<PlanItemView> items = List.of();
    private TreeNode<ItemRow> root = new DefaultTreeNode<>();

    public void load() throws IOException {
        if (all != null) {
            return;
        }
        try {
            all = plans.list(null);
            if (id == null) {
                id = PlanChoices.preferred(all, currentUser.municipalityNisCode()).orElse(null);
            }
            show();
        } catch (NotFoundException e) {
            PageOutcomes.sendError(404);
        } catch (ForbiddenException e) {
            PageOutcomes.sendError(403);
        }
    }

    /** Shows the chosen plan and revision (the newest when the revision is not one of this plan's). */
    public void show() {
        if (id == null) {
            return;
        }
        plan = plans.get(id);
        boolean known = revision != null && plan.revisions().stream().anyMatch(r -> r.number() == revision);
        revision = known ? revision : plan.revisions().isEmpty() ? null : plan.revisions().get(plan.revisions().size() - 1).number();
        items = revision == null ? List.of() : plans.items(id, revision);
        build();
    }

    /** The items as tree nodes, the objectives opened; an item whose parent is not shown stands at the top. */
    private void build() {
        root = new DefaultTreeNode<>();
        Map<String, TreeNode<ItemRow>> nodes = new HashMap<>();
        for (PlanItemView item : items) {
            TreeNode<ItemRow> parent = item.parentCode() == null ? root : nodes.getOrDefault(item.parentCode(), root);
            TreeNode<ItemRow> node = new DefaultTreeNode<>(row(item), parent);
            node.setExpanded(item.level() == ItemLevel.OBJECTIVE);
            nodes.put(item.code(), node);
        }
    }

    private ItemRow row(PlanItemView item) {
        Map<Integer, BudgetView> byYear = new HashMap<>();
        item.budgets().forEach(b -> byYear.put(b.year(), b));
        return new ItemRow(item, getYears().stream()
                .map(year -> byYear.containsKey(year) ? measure.amount.apply(byYear.get(year)) : null)
                .toList());
    }

    public List<Integer> getYears() {
        return plan == null ? List.of() : IntStream.rangeClosed(plan.firstYear(), plan.lastYear()).boxed().toList();
    }

    public List<SelectItem> getPlanChoices() {
        return PlanChoices.plans(all, locale());
    }

    public List<SelectItem> getRevisionChoices() {
        return plan == null ? List.of() : PlanChoices.revisions(plan, locale());
    }

    /** Whether the user sees the whole plan (and may go on to import and link); partner staff see only their actions. */
    public boolean isSeesWholePlan() {
        return access.seesWholePlans();
    }

    public Measure[] getMeasures() {
        return Measure.values();
    }

    public PlanView getPlan() {
        return plan;
    }

    public TreeNode<ItemRow> getRoot() {
        return root;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getRevision() {
        return revision;
    }

    public void setRevision(Integer revision) {
        this.revision = revision;
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
