package be.zorgzame.mandates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.zorgzame.checklist.entity.EvidenceTarget;
import be.zorgzame.checklist.entity.Recommendations;
import be.zorgzame.checklist.entity.Suggestion;
import be.zorgzame.mandates.control.MandateChecks.Facts;
import be.zorgzame.mandates.control.MandateSuggestionRules.Covering;
import be.zorgzame.mandates.entity.MandateFunction;
import be.zorgzame.mandates.entity.MandateStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Local 4 and Flemish 5 are suggested by mandates in force only, each naming the neighbourhoods and the mandates. */
class MandateSuggestionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static Covering mandate(long id, MandateFunction function, MandateStatus status, LocalDate to, boolean freedom,
                                    String neighbourhood) {
        return new Covering(new Facts(id, 100 + id, function, status, LocalDate.of(2026, 1, 1), to, freedom, null, null, null),
                neighbourhood);
    }

    private static List<String> items(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::itemCode).toList();
    }

    @Test
    void noMandatesSuggestNothing() {
        assertEquals(List.of(), MandateSuggestionRules.of(List.of(), TODAY));
    }

    @Test
    void aCoordinatorMandateInForceSuggestsTheLinchpinWithTheNeighbourhoodsAndMandates() {
        List<Suggestion> suggestions = MandateSuggestionRules.of(List.of(
                mandate(2, MandateFunction.COORDINATOR, MandateStatus.ACTIVE, null, false, "Rabot"),
                mandate(1, MandateFunction.COORDINATOR, MandateStatus.ACTIVE, null, false, "Brugse Poort"),
                mandate(1, MandateFunction.COORDINATOR, MandateStatus.ACTIVE, null, false, "Rabot")), TODAY);

        assertEquals(1, suggestions.size());
        Suggestion linchpin = suggestions.get(0);
        assertEquals(Recommendations.FRAMEWORK, linchpin.frameworkCode());
        assertEquals(Recommendations.LOCAL_LINCHPIN, linchpin.itemCode());
        assertEquals("suggestion.linchpin", linchpin.reasonKey());
        assertEquals(List.of("Brugse Poort, Rabot"), linchpin.reasonArguments());
        assertEquals(List.of(new Suggestion.Evidence(EvidenceTarget.MANDATE, 1), new Suggestion.Evidence(EvidenceTarget.MANDATE, 2)),
                linchpin.evidence());
    }

    @Test
    void aWorkersMandateIsNoLinchpinButItsDegreesOfFreedomCount() {
        List<Suggestion> suggestions = MandateSuggestionRules.of(List.of(
                mandate(3, MandateFunction.NEIGHBOURHOOD_WORKER, MandateStatus.ACTIVE, null, true, "Rabot")), TODAY);

        assertEquals(List.of(Recommendations.FLEMISH_MANDATE), items(suggestions));
        assertEquals("suggestion.mandateFreedoms", suggestions.get(0).reasonKey());
    }

    @Test
    void aCoordinatorWithDegreesOfFreedomSuggestsBoth() {
        assertEquals(List.of(Recommendations.LOCAL_LINCHPIN, Recommendations.FLEMISH_MANDATE), items(MandateSuggestionRules.of(
                List.of(mandate(4, MandateFunction.COORDINATOR, MandateStatus.ACTIVE, null, true, "Rabot")), TODAY)));
    }

    @Test
    void draftsEndedAndExpiredMandatesSuggestNothing() {
        assertEquals(List.of(), items(MandateSuggestionRules.of(List.of(
                mandate(5, MandateFunction.COORDINATOR, MandateStatus.DRAFT, null, true, "Rabot"),
                mandate(6, MandateFunction.COORDINATOR, MandateStatus.ENDED, null, true, "Rabot"),
                mandate(7, MandateFunction.COORDINATOR, MandateStatus.ACTIVE, TODAY.minusDays(1), true, "Rabot")), TODAY)));
        assertEquals(List.of(Recommendations.LOCAL_LINCHPIN, Recommendations.FLEMISH_MANDATE), items(MandateSuggestionRules.of(
                List.of(mandate(8, MandateFunction.COORDINATOR, MandateStatus.ACTIVE, TODAY, true, "Rabot")), TODAY)),
                "still in force on its last day");
    }
}
