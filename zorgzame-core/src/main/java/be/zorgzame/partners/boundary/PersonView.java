package be.zorgzame.partners.boundary;

import be.zorgzame.partners.entity.LegalBasis;
import be.zorgzame.partners.entity.Person;
import java.io.Serializable;
import java.util.List;
import java.util.function.LongPredicate;

/** A contact person with the affiliations the caller may see. */
public record PersonView(long id, int version, String name, String email, String phone, String source,
                         LegalBasis legalBasis, List<AffiliationView> affiliations) implements Serializable {

    static PersonView of(Person p, LongPredicate organisationVisible) {
        return new PersonView(p.getId(), p.getVersion(), p.getName(), p.getEmail(), p.getPhone(), p.getSource(),
                p.getLegalBasis(), p.getAffiliations().stream()
                        .filter(a -> organisationVisible.test(a.getOrganisation().getId()))
                        .map(AffiliationView::of)
                        .toList());
    }
}
