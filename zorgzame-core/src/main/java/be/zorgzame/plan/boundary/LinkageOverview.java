package be.zorgzame.plan.boundary;

import be.zorgzame.plan.entity.ItemLevel;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the council reads about a plan: every link with the budget it puts behind the caring-neighbourhood
 * work per year (the item's expenditure, operating plus investment, times the share; nothing for a
 * flagged link), and the coverage per neighbourhood with the gap years. {@code revision}: the one read.
 */
public record LinkageOverview(PlanView plan, Integer revision, List<LinkedItem> links, MunicipalityCoverage coverage) {

    /** A link, the level of its item (absent when flagged) and the linked amount per year of the cycle. */
    public record LinkedItem(LinkView link, ItemLevel level, List<YearAmount> years) {
    }

    /** The linked budget of one year, in euro. */
    public record YearAmount(int year, BigDecimal amount) {
    }
}
