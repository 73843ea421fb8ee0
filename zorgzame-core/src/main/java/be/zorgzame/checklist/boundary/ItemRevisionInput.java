package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.ItemEdition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new wording of an item, why it changed, and the item's {@code version} as read. */
public record ItemRevisionInput(
        @NotBlank @Size(max = ItemEdition.TITLE_LENGTH) String titleNl,
        @NotBlank @Size(max = ItemEdition.TITLE_LENGTH) String titleFr,
        @NotBlank @Size(max = ItemEdition.TITLE_LENGTH) String titleEn,
        @Size(max = ItemEdition.EXPLANATION_LENGTH) String explanationNl,
        @Size(max = ItemEdition.EXPLANATION_LENGTH) String explanationFr,
        @Size(max = ItemEdition.EXPLANATION_LENGTH) String explanationEn,
        @NotBlank @Size(max = ItemEdition.REASON_LENGTH) String changeReason,
        @NotNull Integer version) {

    public ItemRevisionInput(String titleNl, String titleFr, String titleEn, String explanationNl, String explanationFr,
                             String explanationEn, String changeReason, Integer version) {
        this.titleNl = titleNl;
        this.titleFr = titleFr;
        this.titleEn = titleEn;
        this.explanationNl = explanationNl;
        this.explanationFr = explanationFr;
        this.explanationEn = explanationEn;
        this.changeReason = changeReason;
        this.version = version;
    }
}
