package be.zorgzame.neighbourhoods.boundary;

import be.zorgzame.neighbourhoods.entity.Municipality;
import java.io.Serializable;

/** A municipality as shown to clients. */
public record MunicipalityView(String nisCode, String nameNl, String nameFr, String region, String province) implements Serializable {

    static MunicipalityView of(Municipality m) {
        return new MunicipalityView(m.getNisCode(), m.getNameNl(), m.getNameFr(), m.getRegion(), m.getProvinceNl());
    }
}
