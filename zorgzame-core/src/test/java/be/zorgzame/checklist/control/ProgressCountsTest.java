package be.zorgzame.checklist.control;

import static be.zorgzame.checklist.entity.AssessmentStatus.IN_PROGRESS;
import static be.zorgzame.checklist.entity.AssessmentStatus.NOT_APPLICABLE;
import static be.zorgzame.checklist.entity.AssessmentStatus.NOT_STARTED;
import static be.zorgzame.checklist.entity.AssessmentStatus.PLANNED;
import static be.zorgzame.checklist.entity.AssessmentStatus.REALISED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.zorgzame.checklist.control.ProgressCounts.Entry;
import be.zorgzame.checklist.control.ProgressCounts.Tally;
import be.zorgzame.checklist.entity.AssessmentStatus;
import be.zorgzame.checklist.entity.ItemLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressCountsTest {

    @Test
    void countsPerFrameworkAndLevelInTheOrderGivenWithEveryStatusPresent() {
        List<Tally> tallies = ProgressCounts.tally(List.of(
                new Entry(1, ItemLevel.FLEMISH, REALISED),
                new Entry(1, ItemLevel.FLEMISH, NOT_STARTED),
                new Entry(1, ItemLevel.LOCAL, PLANNED),
                new Entry(2, ItemLevel.GOAL, NOT_APPLICABLE),
                new Entry(1, ItemLevel.FLEMISH, REALISED)));

        assertEquals(List.of(ItemLevel.FLEMISH, ItemLevel.LOCAL, ItemLevel.GOAL), tallies.stream().map(Tally::level).toList());
        assertEquals(Map.of(NOT_STARTED, 1, PLANNED, 0, IN_PROGRESS, 0, REALISED, 2, NOT_APPLICABLE, 0), tallies.get(0).counts());
        assertEquals(3, tallies.get(0).total());
        assertEquals(1, tallies.get(2).counts().get(NOT_APPLICABLE));
    }

    @Test
    void theTotalAddsUpTheLevels() {
        List<Tally> flemishAndLocal = ProgressCounts.tally(List.of(
                new Entry(1, ItemLevel.FLEMISH, REALISED), new Entry(1, ItemLevel.LOCAL, REALISED),
                new Entry(1, ItemLevel.LOCAL, IN_PROGRESS)));

        Map<AssessmentStatus, Integer> total = ProgressCounts.total(flemishAndLocal);

        assertEquals(2, total.get(REALISED));
        assertEquals(1, total.get(IN_PROGRESS));
        assertEquals(3, ProgressCounts.sum(total));
    }

    @Test
    void nothingToCountIsAllZero() {
        assertEquals(List.of(), ProgressCounts.tally(List.of()));
        assertEquals(0, ProgressCounts.sum(ProgressCounts.total(List.of())));
        assertEquals(AssessmentStatus.values().length, ProgressCounts.total(List.of()).size());
    }
}
