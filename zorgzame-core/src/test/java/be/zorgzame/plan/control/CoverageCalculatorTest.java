package be.zorgzame.plan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.zorgzame.plan.entity.YearBudget;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CoverageCalculatorTest {

    private static final List<Integer> CYCLE = IntStream.rangeClosed(2026, 2031).boxed().toList();

    private static YearBudget budget(int year, String operating, String investment) {
        return new YearBudget(year, new BigDecimal(operating), BigDecimal.ZERO, new BigDecimal(investment), new BigDecimal("99"));
    }

    private static CoverageCalculator.LinkedAction action(String code, String share, YearBudget... budgets) {
        return new CoverageCalculator.LinkedAction(code, "Actie " + code, share == null ? null : new BigDecimal(share),
                List.of(budgets));
    }

    private static List<Integer> after(LocalDate from, LocalDate to) {
        return CoverageCalculator.yearsAfterSubsidy(2026, 2031, from, to);
    }

    @Test
    void theFlemishSubsidiesEndedBeforeTheCycleSoEveryYearNeedsRegularBudget() {
        assertEquals(CYCLE, after(LocalDate.of(2022, 3, 1), LocalDate.of(2024, 2, 29)));
    }

    @Test
    void aSubsidyEndingOnTheLastDayOfAYearCoversThatYear() {
        assertEquals(List.of(2027, 2028, 2029, 2030, 2031), after(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aSubsidyEndingOneDayEarlierLeavesThatYearToRegularBudget() {
        assertEquals(CYCLE, after(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 30)));
    }

    @Test
    void aSubsidyEndingOnTheLastDayOfTheYearBeforeTheCycleLeavesTheWholeCycle() {
        assertEquals(CYCLE, after(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aSubsidyLastingThroughTheCycleLeavesNoYear() {
        assertEquals(List.of(), after(LocalDate.of(2026, 1, 1), LocalDate.of(2031, 12, 31)));
        assertEquals(List.of(2031), after(LocalDate.of(2026, 1, 1), LocalDate.of(2031, 12, 30)));
    }

    @Test
    void withoutSubsidyEveryYearCountsAndAnOpenEndedSubsidyNone() {
        assertEquals(CYCLE, after(null, null));
        assertEquals(List.of(), after(LocalDate.of(2022, 3, 1), null));
    }

    @Test
    void theGapIsTheYearsAfterTheSubsidyWithoutLinkedBudget() {
        CoverageCalculator.Result result = CoverageCalculator.of(2026, 2031, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
                List.of(action("A1", "50", budget(2026, "0", "0"), budget(2027, "10000", "2000"), budget(2029, "100", "0"))));

        assertEquals(List.of(2028, 2030, 2031), result.gapYears());
        assertEquals(new BigDecimal("6000.00"), result.years().get(1).amount());
        assertEquals(new BigDecimal("0.00"), result.years().get(0).amount());
        assertEquals(List.of(), result.years().get(0).actions());
    }

    @Test
    void anActionReachedThroughSeveralLinksCountsOnceWithItsLargestShare() {
        CoverageCalculator.Result result = CoverageCalculator.of(2026, 2031, null, null, List.of(
                action("A1", "25", budget(2026, "1000", "0")),
                action("A1", null, budget(2026, "1000", "0")),
                action("A2", "10", budget(2026, "333.33", "0"))));

        CoverageCalculator.Year first = result.years().get(0);
        assertEquals(new BigDecimal("1033.33"), first.amount());
        assertEquals(List.of("A1", "A2"), first.actions().stream().map(CoverageCalculator.ActionAmount::code).toList());
        assertEquals(List.of(2027, 2028, 2029, 2030, 2031), result.gapYears());
    }

    @Test
    void aShareOfZeroCarriesNothing() {
        CoverageCalculator.Result result = CoverageCalculator.of(2026, 2026, null, LocalDate.of(2024, 2, 29),
                List.of(action("A1", "0", budget(2026, "5000", "0"))));

        assertEquals(List.of(2026), result.gapYears());
    }
}
