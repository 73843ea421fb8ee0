package be.zorgzame.plan.boundary;

import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.neighbourhoods.entity.NeighbourhoodStatus;
import be.zorgzame.plan.control.CoverageCalculator;
import be.zorgzame.plan.entity.Plan;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A neighbourhood's coverage in a plan's cycle: per year the linked budget and the actions carrying it,
 * the years after the subsidy period, the gap years among them, and how many of its links are flagged for
 * review (they count for nothing until they name an item again). {@code revision}: the revision read.
 */
public record NeighbourhoodCoverage(long neighbourhoodId, String name, NeighbourhoodStatus status, LocalDate subsidyFrom,
                                    LocalDate subsidyTo, long planId, int firstYear, int lastYear, Integer revision,
                                    List<CoverageCalculator.Year> years, List<Integer> yearsAfterSubsidy,
                                    List<Integer> gapYears, long flaggedLinks) implements Serializable {

    static NeighbourhoodCoverage of(Neighbourhood n, Plan plan, Integer revision, CoverageCalculator.Result coverage,
                                    long flaggedLinks) {
        return new NeighbourhoodCoverage(n.getId(), n.getName(), n.getStatus(), n.getSubsidyFrom(), n.getSubsidyTo(),
                plan.getId(), plan.getFirstYear(), plan.getLastYear(), revision, coverage.years(),
                coverage.yearsAfterSubsidy(), coverage.gapYears(), flaggedLinks);
    }
}
