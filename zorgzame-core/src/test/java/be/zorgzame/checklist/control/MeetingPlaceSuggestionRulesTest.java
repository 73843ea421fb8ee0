package be.zorgzame.checklist.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.zorgzame.checklist.control.MeetingPlaceSuggestionRules.Facts;
import be.zorgzame.checklist.entity.EvidenceTarget;
import be.zorgzame.checklist.entity.Recommendations;
import be.zorgzame.checklist.entity.Suggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Any meeting place suggests Flemish 6; only a multifunctional one suggests local 3. */
class MeetingPlaceSuggestionRulesTest {

    @Test
    void noPlacesSuggestNothing() {
        assertEquals(List.of(), MeetingPlaceSuggestionRules.of(List.of()));
    }

    @Test
    void aSinglePurposePlaceSuggestsOnlyMeetingPlaces() {
        List<Suggestion> suggestions = MeetingPlaceSuggestionRules.of(List.of(new Facts(4, "Buurtpark", false)));

        assertEquals(List.of(Recommendations.FLEMISH_MEETING_PLACES), suggestions.stream().map(Suggestion::itemCode).toList());
        assertEquals(List.of("Buurtpark"), suggestions.get(0).reasonArguments());
        assertEquals(List.of(new Suggestion.Evidence(EvidenceTarget.MEETING_PLACE, 4)), suggestions.get(0).evidence());
    }

    @Test
    void aMultifunctionalPlaceSuggestsBothNamingOnlyItForLocal3() {
        List<Suggestion> suggestions = MeetingPlaceSuggestionRules.of(List.of(
                new Facts(4, "Buurtpark", false), new Facts(5, "Buurthuis", true)));

        assertEquals(List.of(Recommendations.FLEMISH_MEETING_PLACES, Recommendations.LOCAL_MEETING_PLACES),
                suggestions.stream().map(Suggestion::itemCode).toList());
        assertEquals(List.of("Buurthuis, Buurtpark"), suggestions.get(0).reasonArguments());
        assertEquals(List.of("Buurthuis"), suggestions.get(1).reasonArguments());
        assertEquals(List.of(new Suggestion.Evidence(EvidenceTarget.MEETING_PLACE, 5)), suggestions.get(1).evidence());
    }
}
