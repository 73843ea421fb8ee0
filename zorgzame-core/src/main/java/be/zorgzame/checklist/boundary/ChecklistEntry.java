package be.zorgzame.checklist.boundary;

import java.io.Serializable;
import java.util.List;

/** One line of a checklist: the item, its assessment for the subject (absent when not assessed yet) and the suggestions. */
public record ChecklistEntry(ItemView item, AssessmentView assessment, List<SuggestionView> suggestions) implements Serializable {
}
