package be.zorgzame.plan.control;

import be.zorgzame.partners.control.FormulaGuard;
import be.zorgzame.plan.entity.ItemContent;
import be.zorgzame.plan.entity.ItemLevel;
import be.zorgzame.plan.entity.PlanItem;
import be.zorgzame.plan.entity.YearBudget;
import be.zorgzame.platform.problem.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a multi-year plan from the records of a CSV or XLSX file: one row per item (policy objective, action
 * plan, action) with its code, parent code, texts and, for actions, four amounts per year in columns named
 * {@code expenditure_operating_2026}, {@code receipts_operating_2026}, {@code expenditure_investment_2026},
 * {@code receipts_investment_2026}. A header that cannot be read refuses the file; every other error is
 * reported with its row and column, as a message key, so that the whole file can be corrected at once.
 */
public final class PlanTable {

    public static final String FILE = "file";
    public static final List<String> REQUIRED = List.of("level", "code", "parent_code", "title");
    public static final Set<String> COLUMNS = Set.of("level", "code", "parent_code", "title", "description", "priority",
            "policy_field", "responsible_service");

    static final String MISSING = "{jakarta.validation.constraints.NotBlank.message}";
    private static final Pattern BUDGET_COLUMN =
            Pattern.compile("(expenditure_operating|receipts_operating|expenditure_investment|receipts_investment)_(\\d{4})");
    /** Letters, digits and . _ / -; the length is counted apart, in chars as the column does, not in code points. */
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}._/-]+");
    private static final Pattern POLICY_FIELD = Pattern.compile("\\d{1," + PlanItem.POLICY_FIELD_LENGTH + "}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,13}([.,]\\d+)?");
    private static final Map<String, ItemLevel> LEVELS = Map.of(
            "objective", ItemLevel.OBJECTIVE, "beleidsdoelstelling", ItemLevel.OBJECTIVE,
            "action_plan", ItemLevel.ACTION_PLAN, "actieplan", ItemLevel.ACTION_PLAN,
            "action", ItemLevel.ACTION, "actie", ItemLevel.ACTION);
    private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "false", false, "ja", true, "nee", false,
            "yes", true, "no", false, "oui", true, "non", false, "1", true, "0", false);

    /** A refused cell: the column and the message key saying why. */
    public record CellError(String column, String messageKey) {
    }

    /** A row with errors; {@code row} counts the header as row 1. */
    public record RowProblem(int row, String code, List<CellError> errors) {
    }

    /** The items read (the rows without errors, in file order) and the rows refused. */
    public record Result(List<ItemContent> items, List<RowProblem> problems) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private PlanTable() {
    }

    public static Result read(List<List<String>> records, int firstYear, int lastYear) {
        if (records.isEmpty()) {
            throw new InvalidInputException(FILE, "{zorgzame.import.empty}");
        }
        Map<String, Integer> columns = columns(records.get(0), firstYear, lastYear);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            if (records.get(i).stream().anyMatch(cell -> !cell.isBlank())) {
                rows.add(row(i + 1, cells(columns, records.get(i))));
            }
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(FILE, "{zorgzame.import.empty}");
        }
        checkCodesAndParents(rows);
        List<ItemContent> items = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            if (row.errors.isEmpty()) {
                items.add(row.content());
            } else {
                problems.add(new RowProblem(row.number, row.code, List.copyOf(row.errors)));
            }
        }
        return new Result(items, problems);
    }

    /** The column of each header cell; a header naming an unknown column, or a year outside the cycle, refuses the file. */
    private static Map<String, Integer> columns(List<String> header, int firstYear, int lastYear) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (column.isEmpty()) {
                continue;
            }
            Matcher budget = BUDGET_COLUMN.matcher(column);
            if (budget.matches()) {
                int year = Integer.parseInt(budget.group(2));
                if (year < firstYear || year > lastYear) {
                    throw new InvalidInputException(column, "{zorgzame.plan.import.yearOutsideCycle}");
                }
            } else if (!COLUMNS.contains(column)) {
                throw new InvalidInputException(column, "{zorgzame.plan.import.unknownColumn}");
            }
            if (columns.put(column, i) != null) {
                throw new InvalidInputException(column, "{zorgzame.plan.import.columnTwice}");
            }
        }
        REQUIRED.stream().filter(column -> !columns.containsKey(column)).findFirst().ifPresent(column -> {
            throw new InvalidInputException(column, "{zorgzame.import.missingColumn}");
        });
        return columns;
    }

    /** The row's cells by column: stripped, empty as null, and a spreadsheet's formula guard undone. */
    private static Map<String, String> cells(Map<String, Integer> columns, List<String> record) {
        Map<String, String> cells = new LinkedHashMap<>();
        columns.forEach((column, index) -> {
            String value = FormulaGuard.restored(index < record.size() ? record.get(index).strip() : "");
            cells.put(column, value.isEmpty() ? null : value);
        });
        return cells;
    }

    private static Row row(int number, Map<String, String> cells) {
        Row row = new Row(number);
        String level = cells.get("level");
        if (level == null) {
            row.error("level", MISSING);
        } else {
            row.level = LEVELS.get(level.toLowerCase(Locale.ROOT).replace(' ', '_'));
            if (row.level == null) {
                row.error("level", "{zorgzame.value.unknown}");
            }
        }
        row.code = cells.get("code");
        if (row.code == null) {
            row.error("code", MISSING);
        } else if (row.code.length() > PlanItem.CODE_LENGTH || !CODE.matcher(row.code).matches()) {
            row.error("code", "{zorgzame.plan.codeInvalid}");
        }
        row.parentCode = cells.get("parent_code");
        row.title = text(row, cells, "title", PlanItem.TITLE_LENGTH, "{zorgzame.plan.titleTooLong}");
        if (row.title == null) {
            row.error("title", MISSING);
        }
        row.description = text(row, cells, "description", PlanItem.DESCRIPTION_LENGTH, "{zorgzame.plan.descriptionTooLong}");
        row.responsibleService = text(row, cells, "responsible_service", PlanItem.SERVICE_LENGTH,
                "{zorgzame.plan.serviceTooLong}");
        String priority = cells.get("priority");
        if (priority != null) {
            Boolean value = BOOLEANS.get(priority.toLowerCase(Locale.ROOT));
            if (value == null) {
                row.error("priority", "{zorgzame.plan.import.notABoolean}");
            } else {
                row.priority = value;
            }
        }
        String policyField = cells.get("policy_field");
        if (policyField != null) {
            if (POLICY_FIELD.matcher(policyField).matches()) {
                // A spreadsheet reads 0900 as the number 900: the code always has four digits
                row.policyField = "0".repeat(PlanItem.POLICY_FIELD_LENGTH - policyField.length()) + policyField;
            } else {
                row.error("policy_field", "{zorgzame.plan.policyFieldInvalid}");
            }
        }
        row.budgets = budgets(row, cells);
        return row;
    }

    private static String text(Row row, Map<String, String> cells, String column, int maxLength, String tooLong) {
        String value = cells.get(column);
        if (value != null && value.length() > maxLength) {
            row.error(column, tooLong);
        }
        return value;
    }

    /** The amounts per year; a year with no amount at all has no budget, an empty amount beside others is zero. */
    private static List<YearBudget> budgets(Row row, Map<String, String> cells) {
        Map<Integer, Map<String, BigDecimal>> years = new TreeMap<>();
        cells.forEach((column, value) -> {
            Matcher budget = BUDGET_COLUMN.matcher(column);
            if (budget.matches() && value != null) {
                BigDecimal amount = amount(value);
                if (amount == null) {
                    row.error(column, "{zorgzame.plan.import.amountInvalid}");
                } else if (row.level != null && row.level != ItemLevel.ACTION && amount.signum() != 0) {
                    row.error(column, "{zorgzame.plan.import.budgetOnlyOnActions}");
                } else {
                    years.computeIfAbsent(Integer.parseInt(budget.group(2)), year -> new HashMap<>()).put(budget.group(1), amount);
                }
            }
        });
        if (row.level != ItemLevel.ACTION) {
            return List.of();
        }
        List<YearBudget> budgets = new ArrayList<>();
        years.forEach((year, amounts) -> budgets.add(new YearBudget(year,
                amounts.getOrDefault("expenditure_operating", BigDecimal.ZERO.setScale(2)),
                amounts.getOrDefault("receipts_operating", BigDecimal.ZERO.setScale(2)),
                amounts.getOrDefault("expenditure_investment", BigDecimal.ZERO.setScale(2)),
                amounts.getOrDefault("receipts_investment", BigDecimal.ZERO.setScale(2)))));
        return budgets;
    }

    /**
     * Euro, not negative, with a point or a comma before the cents and no thousands separators, that the
     * column holds once rounded to cents (9999999999999.995 rounds to fourteen digits); else null.
     */
    static BigDecimal amount(String value) {
        String plain = value.replace(" ", "").replace("\u00A0", "");
        if (!AMOUNT.matcher(plain).matches()) {
            return null;
        }
        BigDecimal amount = new BigDecimal(plain.replace(',', '.')).setScale(2, RoundingMode.HALF_UP);
        return amount.precision() > YearBudget.PRECISION ? null : amount;
    }

    /** A code once in the file; an objective without parent; an action plan under an objective, an action under an action plan. */
    private static void checkCodesAndParents(List<Row> rows) {
        Map<String, ItemLevel> levels = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : rows) {
            if (row.code != null && seen.merge(row.code, 1, Integer::sum) > 1) {
                row.error("code", "{zorgzame.import.twiceInFile}");
            } else if (row.code != null && row.level != null) {
                levels.put(row.code, row.level);
            }
        }
        for (Row row : rows) {
            if (row.level == null) {
                continue;
            }
            if (row.level.parent().isEmpty()) {
                if (row.parentCode != null) {
                    row.error("parent_code", "{zorgzame.plan.import.objectiveHasNoParent}");
                }
            } else if (row.parentCode == null) {
                row.error("parent_code", MISSING);
            } else if (!levels.containsKey(row.parentCode)) {
                row.error("parent_code", "{zorgzame.plan.import.unknownParent}");
            } else if (levels.get(row.parentCode) != row.level.parent().get()) {
                row.error("parent_code", "{zorgzame.plan.import.parentWrongLevel}");
            }
        }
    }

    /** A row being read. */
    private static final class Row {
        private final int number;
        private final List<CellError> errors = new ArrayList<>();
        private ItemLevel level;
        private String code;
        private String parentCode;
        private String title;
        private String description;
        private boolean priority;
        private String policyField;
        private String responsibleService;
        private List<YearBudget> budgets = List.of();

        private Row(int number) {
            this.number = number;
        }

        private void error(String column, String messageKey) {
            errors.add(new CellError(column, messageKey));
        }

        private ItemContent content() {
            return new ItemContent(level, code, parentCode, title, description, priority, policyField, responsibleService,
                    budgets);
        }
    }
}
