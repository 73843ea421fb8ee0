package be.zorgzame.plan.boundary;

import be.zorgzame.plan.entity.ItemLevel;
import be.zorgzame.plan.entity.PlanRevision;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Map;

/** A revision of a plan: who imported it when (UTC), and how many items of each level it holds. */
public record RevisionView(int number, String label, LocalDateTime importedAt, String importedBy, long objectives,
                           long actionPlans, long actions) implements Serializable {

    static RevisionView of(PlanRevision revision, Map<ItemLevel, Long> counts) {
        return new RevisionView(revision.getNumber(), revision.getLabel(), revision.getImportedAt(), revision.getImportedBy(),
                counts.getOrDefault(ItemLevel.OBJECTIVE, 0L), counts.getOrDefault(ItemLevel.ACTION_PLAN, 0L),
                counts.getOrDefault(ItemLevel.ACTION, 0L));
    }
}
