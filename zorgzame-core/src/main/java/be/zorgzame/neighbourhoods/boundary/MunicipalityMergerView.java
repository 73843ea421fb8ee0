package be.zorgzame.neighbourhoods.boundary;

import be.zorgzame.neighbourhoods.entity.MunicipalityMerger;
import java.time.LocalDate;

/** A former municipality and the current one it became part of. */
public record MunicipalityMergerView(String oldNisCode, String oldNameNl, String newNisCode, LocalDate mergedOn) {

    static MunicipalityMergerView of(MunicipalityMerger m) {
        return new MunicipalityMergerView(m.getOldNisCode(), m.getOldNameNl(), m.getNewNisCode(), m.getMergedOn());
    }
}
