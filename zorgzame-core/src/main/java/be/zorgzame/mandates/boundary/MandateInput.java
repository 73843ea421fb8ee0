package be.zorgzame.mandates.boundary;

import be.zorgzame.mandates.entity.FeedbackCadence;
import be.zorgzame.mandates.entity.Mandate;
import be.zorgzame.mandates.entity.MandateFunction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A mandate as a whole: holder and employer, function and neighbourhoods, the grant, scope and degrees
 * of freedom, time (hours per week or a share of an FTE, and days per month in the neighbourhood), the
 * feedback arrangement and the period. {@code version} is the mandate's version as read (absent when creating).
 */
public record MandateInput(
        @NotNull Long holderId,
        @NotNull Long employerId,
        @NotNull MandateFunction function,
        @NotEmpty Set<@NotNull Long> neighbourhoodIds,
        @NotNull Long grantingOrganisationId,
        @NotBlank @Size(max = Mandate.BODY_LENGTH) String grantingBody,
        LocalDate decisionDate,
        @Size(max = Mandate.REFERENCE_LENGTH) String decisionReference,
        @Size(max = Mandate.LINK_LENGTH) @Pattern(regexp = "https?://\\S+", message = "{zorgzame.website.invalid}")
        String decisionLink,
        @Size(max = Mandate.SCOPE_LENGTH) String scope,
        List<@NotNull @Valid Freedom> degreesOfFreedom,
        @DecimalMin("0") @DecimalMax("168") @Digits(integer = 3, fraction = 2) BigDecimal hoursPerWeek,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 3) BigDecimal fteShare,
        @DecimalMin("0") @DecimalMax("31") @Digits(integer = 2, fraction = 1) BigDecimal daysPerMonth,
        @Size(max = Mandate.FEEDBACK_TEXT_LENGTH) String feedbackTo,
        FeedbackCadence feedbackCadence,
        @Size(max = Mandate.FEEDBACK_TEXT_LENGTH) String feedbackForm,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        Integer version) {

    public MandateInput(Long holderId, Long employerId, MandateFunction function, Set<Long> neighbourhoodIds,
                        Long grantingOrganisationId, String grantingBody, LocalDate decisionDate, String decisionReference,
                        String decisionLink, String scope, List<Freedom> degreesOfFreedom, BigDecimal hoursPerWeek,
                        BigDecimal fteShare, BigDecimal daysPerMonth, String feedbackTo, FeedbackCadence feedbackCadence,
                        String feedbackForm, LocalDate validFrom, LocalDate validTo, Integer version) {
        this.holderId = holderId;
        this.employerId = employerId;
        this.function = function;
        this.neighbourhoodIds = neighbourhoodIds == null ? Set.of() : neighbourhoodIds;
        this.grantingOrganisationId = grantingOrganisationId;
        this.grantingBody = grantingBody;
        this.decisionDate = decisionDate;
        this.decisionReference = decisionReference;
        this.decisionLink = decisionLink;
        this.scope = scope;
        this.degreesOfFreedom = degreesOfFreedom == null ? List.of() : degreesOfFreedom;
        this.hoursPerWeek = hoursPerWeek;
        this.fteShare = fteShare;
        this.daysPerMonth = daysPerMonth;
        this.feedbackTo = feedbackTo;
        this.feedbackCadence = feedbackCadence;
        this.feedbackForm = feedbackForm;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.version = version;
    }
}
