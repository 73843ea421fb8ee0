package be.zorgzame.checklist.control;

import be.zorgzame.checklist.entity.AssessmentStatus;
import be.zorgzame.checklist.entity.ItemLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts statuses per framework and level. Every item counts once per subject assessing it (a municipality,
 * or each neighbourhood), an item not assessed yet as not started, so the totals show how far the whole is.
 */
public final class ProgressCounts {

    /**
     * A number of subjects of one framework and level with one status: an item for one subject (not started
     * when there is no assessment), or, counted by the database, one item for several subjects.
     */
    public record Entry(long frameworkId, ItemLevel level, AssessmentStatus status, int count) {

        public Entry(long frameworkId, ItemLevel level, AssessmentStatus status) {
            this(frameworkId, level, status, 1);
        }
    }

    /** The counts of one level of one framework; every status is present, zero when none. */
    public record Tally(long frameworkId, ItemLevel level, Map<AssessmentStatus, Integer> counts, int total) {
    }

    private record Key(long frameworkId, ItemLevel level) {
    }

    private ProgressCounts() {
    }

    /** Tallies in the order their framework and level first appear among the entries. */
    public static List<Tally> tally(List<Entry> entries) {
        Map<Key, Map<AssessmentStatus, Integer>> counts = new LinkedHashMap<>();
        for (Entry entry : entries) {
            counts.computeIfAbsent(new Key(entry.frameworkId(), entry.level()), key -> zero())
                    .merge(entry.status(), entry.count(), Integer::sum);
        }
        List<Tally> tallies = new ArrayList<>();
        counts.forEach((key, byStatus) -> tallies.add(new Tally(key.frameworkId(), key.level(),
                Collections.unmodifiableMap(byStatus), sum(byStatus))));
        return tallies;
    }

    /** The counts of several tallies together (a framework's levels). */
    public static Map<AssessmentStatus, Integer> total(List<Tally> tallies) {
        Map<AssessmentStatus, Integer> total = zero();
        tallies.forEach(t -> t.counts().forEach((status, n) -> total.merge(status, n, Integer::sum)));
        return Collections.unmodifiableMap(total);
    }

    public static int sum(Map<AssessmentStatus, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<AssessmentStatus, Integer> zero() {
        Map<AssessmentStatus, Integer> zero = new EnumMap<>(AssessmentStatus.class);
        for (AssessmentStatus status : AssessmentStatus.values()) {
            zero.put(status, 0);
        }
        return zero;
    }
}
