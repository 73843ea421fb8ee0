package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.AssessedPer;
import be.zorgzame.checklist.entity.AssessmentStatus;
import be.zorgzame.checklist.entity.ItemLevel;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * How far a framework is: counts per status, in total and per level. For a framework assessed per
 * neighbourhood and shown for a municipality, every running neighbourhood counts each item once.
 */
public record FrameworkProgress(long frameworkId, String frameworkCode, Translation name, AssessedPer assessedPer,
                                Map<AssessmentStatus, Integer> counts, int total, List<LevelProgress> levels) implements Serializable {

    /** The counts of one level (Flemish, local, goal priorities, ...). */
    public record LevelProgress(ItemLevel level, Map<AssessmentStatus, Integer> counts, int total) implements Serializable {
    }
}
