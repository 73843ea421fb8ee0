package be.zorgzame.checklist.control;

import be.zorgzame.checklist.entity.EvidenceTarget;
import be.zorgzame.checklist.entity.Recommendations;
import be.zorgzame.checklist.entity.Suggestion;
import java.util.ArrayList;
import java.util.List;

/**
 * What a municipality's registered meeting places suggest: any meeting place suggests Flemish 6 (physical
 * meeting places, indoors and outdoors); a multifunctional one suggests local 3.
 */
public final class MeetingPlaceSuggestionRules {

    public record Facts(long meetingPlaceId, String name, boolean multifunctional) {
    }

    private MeetingPlaceSuggestionRules() {
    }

    public static List<Suggestion> of(List<Facts> places) {
        List<Suggestion> suggestions = new ArrayList<>();
        if (!places.isEmpty()) {
            suggestions.add(suggestion(Recommendations.FLEMISH_MEETING_PLACES, "suggestion.meetingPlaces", places));
        }
        List<Facts> multifunctional = places.stream().filter(Facts::multifunctional).toList();
        if (!multifunctional.isEmpty()) {
            suggestions.add(suggestion(Recommendations.LOCAL_MEETING_PLACES, "suggestion.multifunctionalMeetingPlaces",
                    multifunctional));
        }
        return suggestions;
    }

    private static Suggestion suggestion(String itemCode, String reasonKey, List<Facts> places) {
        return new Suggestion(Recommendations.FRAMEWORK, itemCode, reasonKey,
                List.of(String.join(", ", places.stream().map(Facts::name).sorted().toList())),
                places.stream().map(p -> new Suggestion.Evidence(EvidenceTarget.MEETING_PLACE, p.meetingPlaceId())).toList());
    }
}
