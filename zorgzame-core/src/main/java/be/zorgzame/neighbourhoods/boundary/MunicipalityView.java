package be.zorgzame.neighbourhoods.boundary;

import be.zorgzame.neighbourhoods.entity.Municipality;

/** A municipality as shown to clients. */
public record MunicipalityView(String nisCode, String nameNl, String nameFr, String region, String province) {

    static MunicipalityView of(Municipality m) {
        return new MunicipalityView(m.getNisCode(), m.getNameNl(), m.getNameFr(), m.getRegion(), m.getProvinceNl());
    }
}
