package be.zorgzame.plan.control;

import be.zorgzame.plan.entity.YearBudget;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Which linked actions carry a neighbourhood's work in each year of the plan cycle, with how much budget
 * (the action's expenditure, operating and investment, times the share linked), and the sustainability
 * gap: the years after the subsidy period that no linked budget carries.
 */
public final class CoverageCalculator {

    private static final BigDecimal WHOLE = new BigDecimal("100");

    /** An action linked to the neighbourhood, its share in percent (null: all of it) and its budgets. */
    public record LinkedAction(String code, String title, BigDecimal share, List<YearBudget> budgets) {

        BigDecimal effectiveShare() {
            return share == null ? WHOLE : share;
        }
    }

    /** An action's part of one year's coverage. */
    public record ActionAmount(String code, String title, BigDecimal share, BigDecimal amount) implements Serializable {
    }

    /** One year of the cycle: the linked budget and the actions carrying it (largest amount first). */
    public record Year(int year, BigDecimal amount, List<ActionAmount> actions) implements Serializable {
    }

    /** Every year of the cycle, and the gap years among those after the subsidy period. */
    public record Result(List<Year> years, List<Integer> yearsAfterSubsidy, List<Integer> gapYears) {
    }

    private CoverageCalculator() {
    }

    /**
     * The coverage of one neighbourhood. An action reached through several links (the neighbourhood itself,
     * its agreement, a mandate, or an action plan above it) counts once, with its largest share.
     */
    public static Result of(int firstYear, int lastYear, LocalDate subsidyFrom, LocalDate subsidyTo,
                            List<LinkedAction> actions) {
        Map<String, LinkedAction> distinct = new LinkedHashMap<>();
        actions.forEach(action -> distinct.merge(action.code(), action,
                (a, b) -> a.effectiveShare().compareTo(b.effectiveShare()) >= 0 ? a : b));
        List<Year> years = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            List<ActionAmount> carrying = new ArrayList<>();
            for (LinkedAction action : distinct.values()) {
                BigDecimal amount = amount(action, year);
                if (amount.signum() > 0) {
                    carrying.add(new ActionAmount(action.code(), action.title(), action.share(), amount));
                }
            }
            carrying.sort(Comparator.comparing(ActionAmount::amount).reversed().thenComparing(ActionAmount::code));
            years.add(new Year(year, carrying.stream().map(ActionAmount::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                    List.copyOf(carrying)));
        }
        List<Integer> after = yearsAfterSubsidy(firstYear, lastYear, subsidyFrom, subsidyTo);
        List<Integer> gaps = years.stream()
                .filter(y -> y.amount().signum() == 0 && after.contains(y.year()))
                .map(Year::year)
                .toList();
        return new Result(List.copyOf(years), after, gaps);
    }

    /**
     * The years of the cycle with at least one day after the subsidy period, which regular budgets must
     * carry. A neighbourhood that never had a subsidy needs them in every year; one whose subsidy has no end
     * in none.
     */
    public static List<Integer> yearsAfterSubsidy(int firstYear, int lastYear, LocalDate subsidyFrom, LocalDate subsidyTo) {
        if (subsidyTo == null) {
            return subsidyFrom == null ? IntStream.rangeClosed(firstYear, lastYear).boxed().toList() : List.of();
        }
        return IntStream.rangeClosed(firstYear, lastYear)
                .filter(year -> subsidyTo.isBefore(LocalDate.of(year, Month.DECEMBER, 31)))
                .boxed()
                .toList();
    }

    private static BigDecimal amount(LinkedAction action, int year) {
        return action.budgets().stream()
                .filter(budget -> budget.getBudgetYear() == year)
                .map(YearBudget::expenditure)
                .findFirst()
                .map(expenditure -> expenditure.multiply(action.effectiveShare()).divide(WHOLE, 2, RoundingMode.HALF_UP))
                .orElse(BigDecimal.ZERO.setScale(2));
    }
}
