package be.zorgzame.partners.boundary;

import be.zorgzame.partners.entity.Affiliation;
import java.io.Serializable;
import java.time.LocalDate;

/** A person's function in one organisation. */
public record AffiliationView(long id, long organisationId, String organisationName, String function,
                              LocalDate validFrom, LocalDate validTo) implements Serializable {

    static AffiliationView of(Affiliation a) {
        return new AffiliationView(a.getId(), a.getOrganisation().getId(), a.getOrganisation().getName(),
                a.getFunction(), a.getValidFrom(), a.getValidTo());
    }
}
