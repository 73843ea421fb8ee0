package be.zorgzame.plan.boundary;

import be.zorgzame.plan.entity.YearBudget;
import java.io.Serializable;
import java.math.BigDecimal;

/** The budget of one year, in euro. */
public record BudgetView(int year, BigDecimal expenditureOperating, BigDecimal receiptsOperating,
                         BigDecimal expenditureInvestment, BigDecimal receiptsInvestment) implements Serializable {

    static BudgetView of(YearBudget budget) {
        return new BudgetView(budget.getBudgetYear(), budget.getExpenditureOperating(), budget.getReceiptsOperating(),
                budget.getExpenditureInvestment(), budget.getReceiptsInvestment());
    }
}
