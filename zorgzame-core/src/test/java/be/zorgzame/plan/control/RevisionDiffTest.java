package be.zorgzame.plan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.plan.entity.ItemContent;
import be.zorgzame.plan.entity.ItemLevel;
import be.zorgzame.plan.entity.YearBudget;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    private static ItemContent action(String code, String title, String amount) {
        return new ItemContent(ItemLevel.ACTION, code, "AP1", title, null, false, "0900", "Welzijn",
                List.of(new YearBudget(2026, new BigDecimal(amount), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)));
    }

    @Test
    void itemsAreMatchedByCodeIntoAddedRemovedAndChanged() {
        List<ItemContent> before = List.of(action("A1", "Buurtwerk", "100"), action("A2", "Ontmoeting", "200"),
                action("A3", "Vervoer", "300"));
        List<ItemContent> after = List.of(action("A1", "Buurtwerk", "100.00"), action("A3", "Mobiliteit", "350"),
                action("A4", "Mantelzorg", "50"));

        RevisionDiff.Differences differences = RevisionDiff.between(before, after);

        assertEquals(List.of("A4"), differences.added().stream().map(RevisionDiff.Item::code).toList());
        assertEquals(List.of("A2"), differences.removed().stream().map(RevisionDiff.Item::code).toList());
        assertEquals(1, differences.changed().size());
        assertEquals("A3", differences.changed().get(0).code());
        assertEquals(List.of("title", "budgets"), differences.changed().get(0).fields());
    }

    @Test
    void theFirstRevisionAddsEverythingAndAnEqualOneChangesNothing() {
        List<ItemContent> items = List.of(action("A1", "Buurtwerk", "100"));

        assertEquals(1, RevisionDiff.between(List.of(), items).added().size());
        assertTrue(RevisionDiff.between(items, items).isEmpty());
    }
}
