package be.zorgzame.plan.control;

import be.zorgzame.plan.entity.ItemContent;
import be.zorgzame.plan.entity.ItemLevel;
import be.zorgzame.plan.entity.YearBudget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The items of one revision as a tree: in tree order (each objective followed by its action plans, each
 * with its actions, in file order), the actions under an item, and the budgets of an objective or action
 * plan as the sums of its actions.
 */
public final class PlanTree {

    private final Map<String, ItemContent> byCode = new LinkedHashMap<>();
    private final Map<String, List<ItemContent>> children = new LinkedHashMap<>();
    private final List<ItemContent> roots = new ArrayList<>();

    public PlanTree(List<ItemContent> items) {
        items.forEach(item -> byCode.put(item.code(), item));
        for (ItemContent item : items) {
            if (item.parentCode() == null || !byCode.containsKey(item.parentCode())) {
                roots.add(item);
            } else {
                children.computeIfAbsent(item.parentCode(), code -> new ArrayList<>()).add(item);
            }
        }
    }

    public List<ItemContent> inTreeOrder() {
        List<ItemContent> ordered = new ArrayList<>();
        roots.forEach(root -> collect(root, ordered));
        return ordered;
    }

    public Optional<ItemContent> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The actions that are this item or lie below it; none for an unknown code. */
    public List<ItemContent> actionsUnder(String code) {
        ItemContent item = byCode.get(code);
        if (item == null) {
            return List.of();
        }
        List<ItemContent> below = new ArrayList<>();
        collect(item, below);
        return below.stream().filter(i -> i.level() == ItemLevel.ACTION).toList();
    }

    /** An action's own budgets; for an objective or action plan, the sum per year of its actions'. */
    public List<YearBudget> budgets(String code) {
        ItemContent item = byCode.get(code);
        if (item == null) {
            return List.of();
        }
        if (item.level() == ItemLevel.ACTION) {
            return item.budgets();
        }
        Map<Integer, YearBudget> sums = new TreeMap<>();
        actionsUnder(code).forEach(action -> action.budgets()
                .forEach(budget -> sums.merge(budget.getBudgetYear(), budget, YearBudget::plus)));
        return List.copyOf(sums.values());
    }

    private void collect(ItemContent item, List<ItemContent> into) {
        into.add(item);
        children.getOrDefault(item.code(), List.of()).forEach(child -> collect(child, into));
    }
}
