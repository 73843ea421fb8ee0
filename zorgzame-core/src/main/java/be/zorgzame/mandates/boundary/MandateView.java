package be.zorgzame.mandates.boundary;

import be.zorgzame.mandates.control.MandateWarning;
import be.zorgzame.mandates.entity.FeedbackCadence;
import be.zorgzame.mandates.entity.Mandate;
import be.zorgzame.mandates.entity.MandateFunction;
import be.zorgzame.mandates.entity.MandateStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A mandate with its grant, degrees of freedom, time, feedback arrangement, the editions before and
 * after it ({@code previousId}, {@code nextId}) and the warnings about it.
 */
public record MandateView(long id, int edition, Long previousId, Long nextId, MandateStatus status, long holderId,
                          String holderName, long employerId, String employerName, MandateFunction function,
                          List<CoveredNeighbourhood> neighbourhoods, long grantingOrganisationId,
                          String grantingOrganisationName, String grantingBody, LocalDate decisionDate,
                          String decisionReference, String decisionLink, String scope, List<Freedom> degreesOfFreedom,
                          BigDecimal hoursPerWeek, BigDecimal fteShare, BigDecimal daysPerMonth, String feedbackTo,
                          FeedbackCadence feedbackCadence, String feedbackForm, LocalDate lastFeedbackOn,
                          LocalDate feedbackDueOn, LocalDate validFrom, LocalDate validTo, String endReason,
                          List<MandateWarning> warnings, int version) implements Serializable {

    static MandateView of(Mandate m, Long nextId, LocalDate feedbackDueOn, List<MandateWarning> warnings) {
        return new MandateView(m.getId(), m.getEdition(), m.getPrevious() == null ? null : m.getPrevious().getId(), nextId,
                m.getStatus(), m.getHolder().getId(), m.getHolder().getName(), m.getEmployer().getId(),
                m.getEmployer().getName(), m.getFunction(), CoveredNeighbourhood.of(m.getNeighbourhoods()),
                m.getGrantingOrganisation().getId(), m.getGrantingOrganisation().getName(), m.getGrantingBody(),
                m.getDecisionDate(), m.getDecisionReference(), m.getDecisionLink(), m.getScope(),
                m.getDegreesOfFreedom().stream().map(Freedom::of).toList(), m.getHoursPerWeek(), m.getFteShare(),
                m.getDaysPerMonth(), m.getFeedbackTo(), m.getFeedbackCadence(), m.getFeedbackForm(),
                m.lastFeedbackOn().orElse(null), feedbackDueOn, m.getValidFrom(), m.getValidTo(), m.getEndReason(),
                warnings, m.getVersion());
    }
}
