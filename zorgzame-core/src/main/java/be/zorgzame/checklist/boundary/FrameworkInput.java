package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.AssessedPer;
import be.zorgzame.checklist.entity.Framework;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new framework; with a municipality, it is that municipality's own (its own goals). */
public record FrameworkInput(
        @NotBlank @Size(max = Framework.CODE_LENGTH) @Pattern(regexp = "[A-Z0-9_-]+", message = "{zorgzame.checklist.code.invalid}")
        String code,
        @NotBlank @Size(max = Framework.NAME_LENGTH) String nameNl,
        @NotBlank @Size(max = Framework.NAME_LENGTH) String nameFr,
        @NotBlank @Size(max = Framework.NAME_LENGTH) String nameEn,
        @Size(max = Framework.SOURCE_LENGTH) String sourceReference,
        @NotNull AssessedPer assessedPer,
        @Pattern(regexp = "\\d{5}", message = "{zorgzame.nisCode.invalid}") String municipalityNisCode) {

    public FrameworkInput(String code, String nameNl, String nameFr, String nameEn, String sourceReference,
                          AssessedPer assessedPer, String municipalityNisCode) {
        this.code = code;
        this.nameNl = nameNl;
        this.nameFr = nameFr;
        this.nameEn = nameEn;
        this.sourceReference = sourceReference;
        this.assessedPer = assessedPer;
        this.municipalityNisCode = municipalityNisCode;
    }
}
