package be.zorgzame.mandates.boundary;

import be.zorgzame.mandates.entity.DegreeOfFreedom;
import be.zorgzame.mandates.entity.FreedomLevel;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** A degree of freedom as sent and as shown: the decision area, the holder's level of freedom, a budget limit in euro. */
public record Freedom(
        @NotBlank @Size(max = DegreeOfFreedom.AREA_LENGTH) String area,
        @NotNull FreedomLevel level,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal budgetLimit) implements Serializable {

    public Freedom(String area, FreedomLevel level, BigDecimal budgetLimit) {
        this.area = area;
        this.level = level;
        this.budgetLimit = budgetLimit;
    }

    static Freedom of(DegreeOfFreedom d) {
        return new Freedom(d.getArea(), d.getLevel(), d.getBudgetLimit());
    }
}
