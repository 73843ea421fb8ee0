package be.zorgzame.plan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.partners.control.TableFiles;
import be.zorgzame.plan.entity.ItemContent;
import be.zorgzame.plan.entity.ItemLevel;
import be.zorgzame.plan.entity.PlanItem;
import be.zorgzame.plan.entity.YearBudget;
import be.zorgzame.platform.problem.InvalidInputException;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Fuzzes the plan import's reading of a table: it refuses the file with the column named, or gives items
 * that fit their columns and rows refused with their row number; an accepted file is a consistent tree.
 */
class PlanTableFuzzTest {

    private static final int FIRST_YEAR = 2026;
    private static final int LAST_YEAR = 2031;
    private static final int MAX_RECORDS = 200;
    private static final List<String> OPTIONAL = List.of("description", "priority", "policy_field", "responsible_service",
            "expenditure_operating_2026", "receipts_operating_2027", "expenditure_investment_2031", "receipts_investment_2028",
            "expenditure_operating_2025", "Title", " code ");
    /** Values that fit each column, so that the fuzzer builds trees of valid rows as well as broken ones. */
    private static final Map<String, List<String>> FITTING = Map.of(
            "level", List.of("objective", "Action plan", "actieplan", "actie", "action"),
            "code", List.of("BD1", "AP1", "A1", "A2"),
            "parent_code", List.of("BD1", "AP1", "", "A1"),
            "priority", List.of("ja", "nee", "TRUE", "1"),
            "policy_field", List.of("0900", "900", "12345"));
    private static final List<String> AMOUNTS = List.of("12,50", "1 000.5", "0", "9999999999999.99", "9999999999999.995");

    @FuzzTest(maxDuration = "2m")
    void tableGivesFittingItemsOrNamedErrors(FuzzedDataProvider data) {
        List<String> header = new ArrayList<>(PlanTable.REQUIRED);
        for (int extra = data.consumeInt(0, 4); extra > 0; extra--) {
            header.add(data.consumeBoolean() ? data.pickValue(OPTIONAL) : data.consumeString(30));
        }
        List<List<String>> records = new ArrayList<>(List.of(header));
        while (data.remainingBytes() > 0 && records.size() < 30) {
            List<String> record = new ArrayList<>();
            for (String column : header) {
                List<String> fitting = column.contains("_20") ? AMOUNTS : FITTING.getOrDefault(column, List.of("Titel"));
                record.add(data.consumeBoolean() ? data.pickValue(fitting) : data.consumeString(40));
            }
            records.add(record);
        }
        check(records);
    }

    @FuzzTest(maxDuration = "2m")
    void uploadedFileGivesFittingItemsOrNamedErrors(byte[] file) {
        List<List<String>> records;
        try {
            records = TableFiles.records(file, MAX_RECORDS);
        } catch (InvalidInputException refused) {
            return;
        }
        if (records.size() <= MAX_RECORDS) {
            check(records);
        }
    }

    private static void check(List<List<String>> records) {
        PlanTable.Result result;
        try {
            result = PlanTable.read(records, FIRST_YEAR, LAST_YEAR);
        } catch (InvalidInputException refused) {
            assertNotNull(refused.field());
            assertTrue(refused.messageKey().startsWith("{zorgzame."), refused::getMessage);
            return;
        }
        assertTrue(result.items().size() + result.problems().size() <= records.size() - 1);
        for (ItemContent item : result.items()) {
            assertFits(item);
        }
        for (PlanTable.RowProblem problem : result.problems()) {
            assertTrue(problem.row() >= 2 && problem.row() <= records.size(), () -> "row " + problem.row());
            assertFalse(problem.errors().isEmpty());
        }
        if (result.accepted()) {
            assertConsistentTree(result.items());
        }
    }

    private static void assertFits(ItemContent item) {
        assertTrue(item.code().length() <= PlanItem.CODE_LENGTH, () -> "code " + item.code());
        assertTrue(item.title().length() <= PlanItem.TITLE_LENGTH && !item.title().isBlank(), item::title);
        assertTrue(item.description() == null || item.description().length() <= PlanItem.DESCRIPTION_LENGTH);
        assertTrue(item.responsibleService() == null || item.responsibleService().length() <= PlanItem.SERVICE_LENGTH);
        assertTrue(item.policyField() == null || item.policyField().matches("[0-9]{4}"), item::policyField);
        assertTrue(item.level() == ItemLevel.ACTION || item.budgets().isEmpty(), item::toString);
        for (YearBudget budget : item.budgets()) {
            assertTrue(budget.getBudgetYear() >= FIRST_YEAR && budget.getBudgetYear() <= LAST_YEAR, item::toString);
            Stream.of(budget.getExpenditureOperating(), budget.getReceiptsOperating(), budget.getExpenditureInvestment(),
                    budget.getReceiptsInvestment()).forEach(amount -> assertFitsAmountColumn(item, amount));
        }
    }

    /** An amount the database column, NUMERIC(15, 2), takes: not negative, cents, at most 13 digits before them. */
    private static void assertFitsAmountColumn(ItemContent item, BigDecimal amount) {
        assertTrue(amount.signum() >= 0 && amount.scale() == 2 && amount.precision() <= 15,
                () -> item.code() + ": " + amount.toPlainString());
    }

    /** Each code once, each parent an item of the level above: a refused row's code may still be named as a parent. */
    private static void assertConsistentTree(List<ItemContent> items) {
        Map<String, ItemLevel> levels = new HashMap<>();
        for (ItemContent item : items) {
            assertNull(levels.put(item.code(), item.level()), () -> "code twice: " + item.code());
        }
        for (ItemContent item : items) {
            ItemLevel parent = item.parentCode() == null ? null : levels.get(item.parentCode());
            assertEquals(item.level().parent().orElse(null), parent, item::toString);
        }
    }
}
