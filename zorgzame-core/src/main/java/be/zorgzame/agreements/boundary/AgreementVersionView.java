package be.zorgzame.agreements.boundary;

import be.zorgzame.agreements.control.AgreementWarning;
import be.zorgzame.agreements.entity.AgreementStatus;
import be.zorgzame.agreements.entity.AgreementVersion;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One version of an agreement with its parties, bodies, sign-offs and the warnings its checks raise. */
public record AgreementVersionView(long agreementId, long neighbourhoodId, String neighbourhoodName, int number,
                                   AgreementStatus status, String title, String purpose, LocalDate validFrom,
                                   LocalDate validTo, LocalDate reviewDate, String escalationRoute,
                                   List<String> decisionAreas, List<PartyView> parties, List<BodyView> bodies,
                                   List<SignOffView> signOffs, List<AgreementWarning> warnings, String endReason,
                                   int version) implements Serializable {

    static AgreementVersionView of(AgreementVersion v, List<AgreementWarning> warnings) {
        return new AgreementVersionView(v.getAgreement().getId(), v.getAgreement().getNeighbourhood().getId(),
                v.getAgreement().getNeighbourhood().getName(), v.getNumber(), v.effectiveStatus(LocalDate.now()),
                v.getTitle(), v.getPurpose(), v.getValidFrom(), v.getValidTo(), v.getReviewDate(), v.getEscalationRoute(),
                List.copyOf(v.getDecisionAreas()), v.getParties().stream().map(PartyView::of).toList(),
                v.getBodies().stream().map(BodyView::of).toList(), v.getSignOffs().stream().map(SignOffView::of).toList(),
                warnings, v.getEndReason(), v.getVersion());
    }
}
