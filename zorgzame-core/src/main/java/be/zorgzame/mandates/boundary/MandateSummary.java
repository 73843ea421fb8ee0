package be.zorgzame.mandates.boundary;

import be.zorgzame.mandates.entity.Mandate;
import be.zorgzame.mandates.entity.MandateFunction;
import be.zorgzame.mandates.entity.MandateStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A mandate in a list or a history. */
public record MandateSummary(long id, int edition, MandateStatus status, MandateFunction function, long holderId,
                             String holderName, long employerId, String employerName,
                             List<CoveredNeighbourhood> neighbourhoods, LocalDate validFrom, LocalDate validTo) implements Serializable {

    static MandateSummary of(Mandate m) {
        return new MandateSummary(m.getId(), m.getEdition(), m.getStatus(), m.getFunction(), m.getHolder().getId(),
                m.getHolder().getName(), m.getEmployer().getId(), m.getEmployer().getName(),
                CoveredNeighbourhood.of(m.getNeighbourhoods()), m.getValidFrom(), m.getValidTo());
    }
}
