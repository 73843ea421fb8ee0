package be.zorgzame.plan.boundary;

import be.zorgzame.plan.control.PlanTree;
import be.zorgzame.plan.entity.ItemContent;
import be.zorgzame.plan.entity.ItemLevel;
import java.io.Serializable;
import java.util.List;

/**
 * An item of a revision. An action shows its own budgets; an objective or action plan the sums of the
 * actions below it.
 */
public record PlanItemView(String code, ItemLevel level, String parentCode, String title, String description,
                           boolean priority, String policyField, String responsibleService, List<BudgetView> budgets) implements Serializable {

    static PlanItemView of(ItemContent item, PlanTree tree) {
        return new PlanItemView(item.code(), item.level(), item.parentCode(), item.title(), item.description(),
                item.priority(), item.policyField(), item.responsibleService(),
                tree.budgets(item.code()).stream().map(BudgetView::of).toList());
    }
}
