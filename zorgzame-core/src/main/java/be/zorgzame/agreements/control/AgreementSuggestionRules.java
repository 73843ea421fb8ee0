package be.zorgzame.agreements.control;

import be.zorgzame.agreements.entity.AgreementStatus;
import be.zorgzame.checklist.entity.EvidenceTarget;
import be.zorgzame.checklist.entity.Recommendations;
import be.zorgzame.checklist.entity.Suggestion;
import java.util.List;

/**
 * What a municipality's agreements suggest for the policy checklist: an agreement in force whose parties
 * hold decision rights suggests roles and task division are clarified (Flemish 2). A draft, a submitted
 * version, or one past its end date suggests nothing, nor does one that gives nobody a decision right.
 */
public final class AgreementSuggestionRules {

    /** An agreement version's status today (expiry taken into account) and whether any party holds a decision right. */
    public record Facts(long agreementId, String neighbourhoodName, AgreementStatus statusToday, boolean decisionRights) {
    }

    private AgreementSuggestionRules() {
    }

    public static List<Suggestion> of(List<Facts> versions) {
        List<Facts> matching = versions.stream()
                .filter(v -> v.statusToday() == AgreementStatus.ACTIVE && v.decisionRights())
                .toList();
        if (matching.isEmpty()) {
            return List.of();
        }
        String neighbourhoods = String.join(", ", matching.stream().map(Facts::neighbourhoodName).distinct().sorted().toList());
        return List.of(new Suggestion(Recommendations.FRAMEWORK, Recommendations.FLEMISH_ROLES,
                "suggestion.agreementDecisionRights", List.of(neighbourhoods),
                matching.stream().map(Facts::agreementId).distinct().sorted()
                        .map(id -> new Suggestion.Evidence(EvidenceTarget.AGREEMENT, id)).toList()));
    }
}
