package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.ChecklistItem;
import be.zorgzame.checklist.entity.ItemEdition;
import be.zorgzame.checklist.entity.ItemLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new item of a framework, with its first wording. */
public record ItemInput(
        @NotBlank @Size(max = ChecklistItem.CODE_LENGTH) @Pattern(regexp = "[A-Z0-9_-]+", message = "{zorgzame.checklist.code.invalid}")
        String code,
        @NotNull ItemLevel level,
        @NotBlank @Size(max = ItemEdition.TITLE_LENGTH) String titleNl,
        @NotBlank @Size(max = ItemEdition.TITLE_LENGTH) String titleFr,
        @NotBlank @Size(max = ItemEdition.TITLE_LENGTH) String titleEn,
        @Size(max = ItemEdition.EXPLANATION_LENGTH) String explanationNl,
        @Size(max = ItemEdition.EXPLANATION_LENGTH) String explanationFr,
        @Size(max = ItemEdition.EXPLANATION_LENGTH) String explanationEn) {

    public ItemInput(String code, ItemLevel level, String titleNl, String titleFr, String titleEn, String explanationNl,
                     String explanationFr, String explanationEn) {
        this.code = code;
        this.level = level;
        this.titleNl = titleNl;
        this.titleFr = titleFr;
        this.titleEn = titleEn;
        this.explanationNl = explanationNl;
        this.explanationFr = explanationFr;
        this.explanationEn = explanationEn;
    }
}
