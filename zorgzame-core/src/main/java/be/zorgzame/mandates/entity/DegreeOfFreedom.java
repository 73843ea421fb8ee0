package be.zorgzame.mandates.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/** A decision area of a mandate with the holder's level of freedom in it and, where relevant, a budget limit in euro. */
@Embeddable
public class DegreeOfFreedom {

    public static final int AREA_LENGTH = 200;

    @Column(name = "decision_area", nullable = false, length = AREA_LENGTH)
    private String area;

    @Enumerated(EnumType.STRING)
    @Column(name = "freedom_level", nullable = false, length = 30)
    private FreedomLevel level;

    @Column(name = "budget_limit", precision = 12, scale = 2)
    private BigDecimal budgetLimit;

    protected DegreeOfFreedom() {
    }

    public DegreeOfFreedom(String area, FreedomLevel level, BigDecimal budgetLimit) {
        this.area = Objects.requireNonNull(area);
        this.level = Objects.requireNonNull(level);
        this.budgetLimit = budgetLimit;
    }

    public String getArea() {
        return area;
    }

    public FreedomLevel getLevel() {
        return level;
    }

    public BigDecimal getBudgetLimit() {
        return budgetLimit;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DegreeOfFreedom that && area.equals(that.area) && level == that.level
                && Objects.equals(budgetLimit, that.budgetLimit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(area, level, budgetLimit);
    }
}
