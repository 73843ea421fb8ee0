package be.zorgzame.agreements.boundary;

import be.zorgzame.agreements.entity.Agreement;
import be.zorgzame.agreements.entity.AgreementStatus;
import be.zorgzame.agreements.entity.AgreementVersion;
import java.time.LocalDate;

/** An agreement in a list: its latest version and, when another one is in force, that one's number. */
public record AgreementSummary(long id, long neighbourhoodId, String neighbourhoodName, String title,
                               int latestNumber, AgreementStatus latestStatus, Integer activeNumber) {

    static AgreementSummary of(Agreement a) {
        AgreementVersion latest = a.latest();
        return new AgreementSummary(a.getId(), a.getNeighbourhood().getId(), a.getNeighbourhood().getName(),
                latest.getTitle(), latest.getNumber(), latest.effectiveStatus(LocalDate.now()),
                a.active().map(AgreementVersion::getNumber).orElse(null));
    }
}
