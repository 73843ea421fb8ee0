package be.zorgzame.plan.boundary;

import be.zorgzame.plan.entity.Plan;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new plan: the municipality, the cycle (e.g. 2026–2031) and a title. */
public record PlanInput(
        @NotNull @Pattern(regexp = "\\d{5}", message = "{zorgzame.nisCode.invalid}") String municipalityNisCode,
        @NotNull @Min(2000) @Max(2100) Integer firstYear,
        @NotNull @Min(2000) @Max(2100) Integer lastYear,
        @NotBlank @Size(max = Plan.TITLE_LENGTH) String title) {

    public PlanInput(String municipalityNisCode, Integer firstYear, Integer lastYear, String title) {
        this.municipalityNisCode = municipalityNisCode;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.title = title;
    }
}
