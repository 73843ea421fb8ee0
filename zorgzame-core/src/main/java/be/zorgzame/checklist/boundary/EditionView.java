package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.ItemEdition;
import java.time.LocalDateTime;

/** One wording of an item as it was recorded: by whom, when (UTC) and why. */
public record EditionView(int edition, Translation title, Translation explanation, String changeReason, String createdBy,
                          LocalDateTime createdAt) {

    static EditionView of(ItemEdition e) {
        var w = e.wording();
        return new EditionView(e.getEdition(), new Translation(w.titleNl(), w.titleFr(), w.titleEn()),
                Translation.ofOptional(w.explanationNl(), w.explanationFr(), w.explanationEn()), e.getChangeReason(),
                e.getCreatedBy(), e.getCreatedAt());
    }
}
