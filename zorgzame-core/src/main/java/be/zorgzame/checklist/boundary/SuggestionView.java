package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.Suggestion;
import java.io.Serializable;
import java.util.List;

/** A suggestion next to an item: why, in the caller's language, and what shows it (to link as evidence). */
public record SuggestionView(long itemId, String frameworkCode, String itemCode, String reasonCode, String reason,
                             List<Suggestion.Evidence> evidence) implements Serializable {
}
