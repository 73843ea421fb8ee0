package be.zorgzame.partners.boundary;

import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.partners.control.KboNumbers;
import be.zorgzame.partners.entity.Organisation;
import be.zorgzame.partners.entity.OrganisationCategory;
import be.zorgzame.partners.entity.OrganisationKind;
import be.zorgzame.partners.entity.Sector;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** An organisation as shown to clients; the enterprise number formatted as 0123.456.789. */
public record OrganisationView(
        long id,
        int version,
        String name,
        String legalForm,
        OrganisationKind kind,
        OrganisationCategory category,
        Set<Sector> sectors,
        LocalDate activeFrom,
        LocalDate activeTo,
        boolean active,
        String street,
        String houseNumber,
        String postcode,
        String municipalityNisCode,
        String municipalityName,
        String website,
        String email,
        String phone,
        String kboNumber,
        String vcode,
        String ovoCode) implements Serializable {

    static OrganisationView of(Organisation o) {
        Municipality municipality = o.getMunicipality();
        return new OrganisationView(o.getId(), o.getVersion(), o.getName(), o.getLegalForm(), o.getKind(),
                o.getKind().category(), new TreeSet<>(o.getSectors()), o.getActiveFrom(), o.getActiveTo(),
                o.isActiveOn(LocalDate.now()), o.getStreet(), o.getHouseNumber(), o.getPostcode(),
                municipality == null ? null : municipality.getNisCode(),
                municipality == null ? null : municipality.getNameNl(),
                o.getWebsite(), o.getEmail(), o.getPhone(),
                o.getKboNumber() == null ? null : KboNumbers.format(o.getKboNumber()),
                o.getVcode(), o.getOvoCode());
    }
}
