package be.zorgzame.plan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.plan.entity.ItemContent;
import be.zorgzame.plan.entity.ItemLevel;
import be.zorgzame.platform.problem.InvalidInputException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTableTest {

    private static final List<String> HEADER = List.of("level", "code", "parent_code", "title", "priority", "policy_field",
            "expenditure_operating_2026", "receipts_operating_2026", "expenditure_investment_2027");

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    private static PlanTable.Result read(List<List<String>> rows) {
        return PlanTable.read(rows, 2026, 2031);
    }

    @Test
    void aTreeWithBudgetsIsRead() {
        PlanTable.Result result = read(List.of(HEADER,
                row("objective", "BD06", "", "Zorgzame buurten", "ja", "900", "", "", ""),
                row("actieplan", "BD06AP01", "BD06", "Buurtwerking", "", "0900", "", "", ""),
                row("action", "BD06AP01A01", "BD06AP01", "Buurtwerker Rabot", "nee", "0900", "45000,5", "", "1000")));

        assertTrue(result.accepted());
        ItemContent action = result.items().get(2);
        assertEquals(ItemLevel.ACTION, action.level());
        assertEquals("0900", result.items().get(0).policyField());
        assertEquals(2, action.budgets().size());
        assertEquals(new BigDecimal("45000.50"), action.budgets().get(0).getExpenditureOperating());
        assertEquals(new BigDecimal("0.00"), action.budgets().get(0).getReceiptsOperating());
        assertEquals(new BigDecimal("1000.00"), action.budgets().get(1).expenditure());
    }

    @Test
    void everyRowErrorIsNamedByColumn() {
        PlanTable.Result result = read(List.of(HEADER,
                row("objective", "BD06", "", "Zorgzame buurten", "", "", "5", "", ""),
                row("action", "A1", "BD06", "x".repeat(101), "misschien", "09000", "-3", "", ""),
                row("action", "A2", "ZZ", "Titel", "", "", "", "", ""),
                row("opdracht", "A 3", "", "", "", "", "", "", "")));

        assertEquals(List.of(2, 3, 4, 5), result.problems().stream().map(PlanTable.RowProblem::row).toList());
        assertEquals(List.of("expenditure_operating_2026"), columns(result, 0));
        assertEquals(List.of("title", "priority", "policy_field", "expenditure_operating_2026", "parent_code"), columns(result, 1));
        assertEquals("{zorgzame.plan.import.parentWrongLevel}", result.problems().get(1).errors().get(4).messageKey());
        assertEquals(List.of("parent_code"), columns(result, 2));
        assertEquals(List.of("level", "code", "title"), columns(result, 3));
    }

    @Test
    void anAmountTheColumnCannotHoldOnceRoundedIsRefused() {
        assertEquals(new BigDecimal("9999999999999.99"), PlanTable.amount("9999999999999,994"));
        assertNull(PlanTable.amount("9999999999999.995"));
    }

    @Test
    void aCodeLongerThanTheColumnInCharsIsRefusedThoughItHasFewerLetters() {
        PlanTable.Result result = read(List.of(HEADER,
                row("objective", "\uD835\uDC00".repeat(16), "", "Wiskundige letters", "", "", "", "", "")));

        assertEquals(List.of("code"), columns(result, 0));
    }

    @Test
    void aCodeTwiceIsRefusedOnItsSecondRow() {
        PlanTable.Result result = read(List.of(HEADER,
                row("objective", "BD06", "", "Een", "", "", "", "", ""),
                row("objective", "BD06", "", "Twee", "", "", "", "", "")));

        assertEquals(1, result.problems().size());
        assertEquals(3, result.problems().get(0).row());
    }

    @Test
    void aHeaderWithAnUnknownColumnAYearOutsideTheCycleOrAMissingColumnRefusesTheFile() {
        assertEquals("budget", field(List.of(List.of("level", "code", "parent_code", "title", "budget"))));
        assertEquals("expenditure_operating_2032",
                field(List.of(List.of("level", "code", "parent_code", "title", "expenditure_operating_2032"))));
        assertEquals("parent_code", field(List.of(List.of("level", "code", "title"))));
        assertEquals("file", field(List.of(List.of("level", "code", "parent_code", "title"))));
    }

    private static String field(List<List<String>> records) {
        return assertThrows(InvalidInputException.class, () -> read(records)).field();
    }

    private static List<String> columns(PlanTable.Result result, int problem) {
        return result.problems().get(problem).errors().stream().map(PlanTable.CellError::column).toList();
    }
}
