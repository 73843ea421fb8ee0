package be.zorgzame.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** The budget of an action for one year: expenditure and receipts, operating and investment, in euro. */
@Embeddable
public class YearBudget {

    /** The digits an amount column holds, two of them after the decimal point. */
    public static final int PRECISION = 15;

    @Column(name = "budget_year", nullable = false)
    private int budgetYear;

    @Column(name = "expenditure_operating", nullable = false, precision = PRECISION, scale = 2)
    private BigDecimal expenditureOperating;

    @Column(name = "receipts_operating", nullable = false, precision = PRECISION, scale = 2)
    private BigDecimal receiptsOperating;

    @Column(name = "expenditure_investment", nullable = false, precision = PRECISION, scale = 2)
    private BigDecimal expenditureInvestment;

    @Column(name = "receipts_investment", nullable = false, precision = PRECISION, scale = 2)
    private BigDecimal receiptsInvestment;

    protected YearBudget() {
    }

    public YearBudget(int budgetYear, BigDecimal expenditureOperating, BigDecimal receiptsOperating,
                      BigDecimal expenditureInvestment, BigDecimal receiptsInvestment) {
        this.budgetYear = budgetYear;
        this.expenditureOperating = Objects.requireNonNull(expenditureOperating);
        this.receiptsOperating = Objects.requireNonNull(receiptsOperating);
        this.expenditureInvestment = Objects.requireNonNull(expenditureInvestment);
        this.receiptsInvestment = Objects.requireNonNull(receiptsInvestment);
    }

    /** Operating and investment expenditure together: what the year spends on the action. */
    public BigDecimal expenditure() {
        return expenditureOperating.add(expenditureInvestment);
    }

    /** The sum of two budgets of the same year. */
    public YearBudget plus(YearBudget other) {
        return new YearBudget(budgetYear, expenditureOperating.add(other.expenditureOperating),
                receiptsOperating.add(other.receiptsOperating), expenditureInvestment.add(other.expenditureInvestment),
                receiptsInvestment.add(other.receiptsInvestment));
    }

    public int getBudgetYear() {
        return budgetYear;
    }

    public BigDecimal getExpenditureOperating() {
        return expenditureOperating;
    }

    public BigDecimal getReceiptsOperating() {
        return receiptsOperating;
    }

    public BigDecimal getExpenditureInvestment() {
        return expenditureInvestment;
    }

    public BigDecimal getReceiptsInvestment() {
        return receiptsInvestment;
    }

    /** Equal amounts compare equal whatever their scale (2 as stored, another as typed). */
    @Override
    public boolean equals(Object other) {
        return other instanceof YearBudget that && budgetYear == that.budgetYear
                && expenditureOperating.compareTo(that.expenditureOperating) == 0
                && receiptsOperating.compareTo(that.receiptsOperating) == 0
                && expenditureInvestment.compareTo(that.expenditureInvestment) == 0
                && receiptsInvestment.compareTo(that.receiptsInvestment) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(budgetYear, expenditureOperating.stripTrailingZeros(), receiptsOperating.stripTrailingZeros(),
                expenditureInvestment.stripTrailingZeros(), receiptsInvestment.stripTrailingZeros());
    }
}
