package be.zorgzame.plan.control;

import be.zorgzame.plan.entity.ItemContent;
import be.zorgzame.plan.entity.ItemLevel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** What changed between two revisions of a plan, item by item, matched by code. */
public final class RevisionDiff {

    /** The item fields compared, as named in a change. */
    private static final Map<String, Function<ItemContent, Object>> FIELDS = fields();

    /** An item added or removed. */
    public record Item(String code, ItemLevel level, String title) implements Serializable {

        static Item of(ItemContent content) {
            return new Item(content.code(), content.level(), content.title());
        }
    }

    /** An item kept with other content: the fields that changed ({@code budgets} for any amount of any year). */
    public record Change(String code, ItemLevel level, String title, List<String> fields) implements Serializable {
    }

    /** The differences, each list in the order of the newer revision (removed: of the older one). */
    public record Differences(List<Item> added, List<Item> removed, List<Change> changed) implements Serializable {

        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    private RevisionDiff() {
    }

    public static Differences between(List<ItemContent> before, List<ItemContent> after) {
        Map<String, ItemContent> old = byCode(before);
        Map<String, ItemContent> now = byCode(after);
        List<Item> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (ItemContent item : after) {
            ItemContent previous = old.get(item.code());
            if (previous == null) {
                added.add(Item.of(item));
            } else {
                List<String> fields = FIELDS.entrySet().stream()
                        .filter(field -> !Objects.equals(field.getValue().apply(previous), field.getValue().apply(item)))
                        .map(Map.Entry::getKey)
                        .toList();
                if (!fields.isEmpty()) {
                    changed.add(new Change(item.code(), item.level(), item.title(), fields));
                }
            }
        }
        List<Item> removed = before.stream().filter(item -> !now.containsKey(item.code())).map(Item::of).toList();
        return new Differences(added, removed, changed);
    }

    private static Map<String, ItemContent> byCode(List<ItemContent> items) {
        Map<String, ItemContent> byCode = new LinkedHashMap<>();
        items.forEach(item -> byCode.put(item.code(), item));
        return byCode;
    }

    private static Map<String, Function<ItemContent, Object>> fields() {
        Map<String, Function<ItemContent, Object>> fields = new LinkedHashMap<>();
        fields.put("level", ItemContent::level);
        fields.put("parentCode", ItemContent::parentCode);
        fields.put("title", ItemContent::title);
        fields.put("description", ItemContent::description);
        fields.put("priority", ItemContent::priority);
        fields.put("policyField", ItemContent::policyField);
        fields.put("responsibleService", ItemContent::responsibleService);
        fields.put("budgets", ItemContent::budgets);
        return fields;
    }
}
