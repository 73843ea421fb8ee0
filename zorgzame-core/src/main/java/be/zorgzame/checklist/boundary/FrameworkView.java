package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.AssessedPer;
import be.zorgzame.checklist.entity.Framework;
import java.time.LocalDate;

/** A framework: its name in three languages, its source, what it is assessed per and, for a municipality's own, which. */
public record FrameworkView(long id, String code, Translation name, String sourceReference, AssessedPer assessedPer,
                            String municipalityNisCode, boolean seeded, LocalDate retiredOn, long activeItems, int version) {

    static FrameworkView of(Framework f) {
        return new FrameworkView(f.getId(), f.getCode(), new Translation(f.getNameNl(), f.getNameFr(), f.getNameEn()),
                f.getSourceReference(), f.getAssessedPer(),
                f.getMunicipality() == null ? null : f.getMunicipality().getNisCode(), f.isSeeded(), f.getRetiredOn(),
                f.getItems().stream().filter(i -> !i.isRetired()).count(), f.getVersion());
    }
}
