package be.zorgzame.plan.boundary;

import be.zorgzame.neighbourhoods.entity.NeighbourhoodStatus;
import be.zorgzame.plan.control.CoverageCalculator;
import be.zorgzame.plan.entity.Plan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The coverage of every neighbourhood of a municipality in a plan's cycle, as totals only: per year the
 * linked budget and the number of actions carrying it, and the gap years. No item details.
 */
public record MunicipalityCoverage(String municipalityNisCode, long planId, int firstYear, int lastYear, Integer revision,
                                   List<Neighbourhood> neighbourhoods) {

    /** One neighbourhood's totals. */
    public record Neighbourhood(long neighbourhoodId, String name, NeighbourhoodStatus status, LocalDate subsidyTo,
                                List<YearTotal> years, List<Integer> gapYears) {

        static Neighbourhood of(be.zorgzame.neighbourhoods.entity.Neighbourhood n, CoverageCalculator.Result coverage) {
            return new Neighbourhood(n.getId(), n.getName(), n.getStatus(), n.getSubsidyTo(),
                    coverage.years().stream().map(y -> new YearTotal(y.year(), y.amount(), y.actions().size())).toList(),
                    coverage.gapYears());
        }
    }

    /** One year: the linked budget and how many actions carry it. */
    public record YearTotal(int year, BigDecimal amount, int actions) {
    }

    static MunicipalityCoverage of(Plan plan, Integer revision, List<Neighbourhood> neighbourhoods) {
        return new MunicipalityCoverage(plan.getMunicipality().getNisCode(), plan.getId(), plan.getFirstYear(),
                plan.getLastYear(), revision, neighbourhoods);
    }
}
