package be.zorgzame.partners.boundary;

import be.zorgzame.partners.entity.OrganisationKind;
import be.zorgzame.partners.entity.Sector;

/**
 * Optional criteria for finding organisations; {@code null} means "any". {@code text} matches the
 * beginnings of words in the name, or an identifier (enterprise number, vCode, OVO code) exactly.
 */
public record OrganisationFilter(String text, OrganisationKind kind, Sector sector, String municipalityNisCode) {

    public static OrganisationFilter none() {
        return new OrganisationFilter(null, null, null, null);
    }
}
