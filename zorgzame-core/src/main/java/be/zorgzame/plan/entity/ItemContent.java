package be.zorgzame.plan.entity;

import java.util.List;
import java.util.Objects;

/**
 * What a plan item says, as a value: compared between revisions, read from an import file. Only actions
 * carry budgets (one per year, years ascending); objectives and action plans add up those of their actions.
 */
public record ItemContent(ItemLevel level, String code, String parentCode, String title, String description,
                          boolean priority, String policyField, String responsibleService, List<YearBudget> budgets) {

    public ItemContent {
        Objects.requireNonNull(level);
        Objects.requireNonNull(code);
        Objects.requireNonNull(title);
        budgets = List.copyOf(budgets);
    }
}
