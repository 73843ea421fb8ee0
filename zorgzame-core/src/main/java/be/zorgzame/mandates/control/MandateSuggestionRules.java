package be.zorgzame.mandates.control;

import be.zorgzame.checklist.entity.EvidenceTarget;
import be.zorgzame.checklist.entity.Recommendations;
import be.zorgzame.checklist.entity.Suggestion;
import be.zorgzame.mandates.entity.MandateFunction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a municipality's mandates in force suggest for the policy checklist: a coordinator mandate in one of
 * its neighbourhoods suggests the professional linchpin (local 4); mandates with degrees of freedom suggest
 * Flemish 5. Mandates that are drafts, ended or outside their period suggest nothing.
 */
public final class MandateSuggestionRules {

    /** A mandate and the name of a neighbourhood it covers; a mandate covering several comes once per neighbourhood. */
    public record Covering(MandateChecks.Facts mandate, String neighbourhoodName) {
    }

    private MandateSuggestionRules() {
    }

    public static List<Suggestion> of(List<Covering> mandates, LocalDate today) {
        List<Covering> inForce = mandates.stream().filter(c -> MandateChecks.inForce(c.mandate(), today)).toList();
        List<Suggestion> suggestions = new ArrayList<>();
        suggest(inForce, c -> c.mandate().function() == MandateFunction.COORDINATOR, Recommendations.LOCAL_LINCHPIN,
                "suggestion.linchpin", suggestions);
        suggest(inForce, c -> c.mandate().hasDegreesOfFreedom(), Recommendations.FLEMISH_MANDATE,
                "suggestion.mandateFreedoms", suggestions);
        return suggestions;
    }

    private static void suggest(List<Covering> inForce, Predicate<Covering> rule, String itemCode, String reasonKey,
                                List<Suggestion> suggestions) {
        List<Covering> matching = inForce.stream().filter(rule).toList();
        if (!matching.isEmpty()) {
            String neighbourhoods = String.join(", ", matching.stream().map(Covering::neighbourhoodName).distinct().sorted().toList());
            suggestions.add(new Suggestion(Recommendations.FRAMEWORK, itemCode, reasonKey, List.of(neighbourhoods),
                    matching.stream().map(c -> c.mandate().mandateId()).distinct().sorted()
                            .map(id -> new Suggestion.Evidence(EvidenceTarget.MANDATE, id)).toList()));
        }
    }
}
