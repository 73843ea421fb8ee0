package be.zorgzame.partners.boundary;

import be.zorgzame.partners.entity.CollaborationLevel;
import be.zorgzame.partners.entity.Involvement;
import be.zorgzame.partners.entity.InvolvementRole;
import be.zorgzame.partners.entity.OrganisationCategory;
import be.zorgzame.partners.entity.OrganisationKind;
import java.io.Serializable;
import java.time.LocalDate;

/** An involvement as shown to clients, with what the network overview needs of the organisation. */
public record InvolvementView(
        long id,
        int version,
        long organisationId,
        String organisationName,
        OrganisationKind organisationKind,
        OrganisationCategory organisationCategory,
        InvolvementRole role,
        CollaborationLevel collaborationLevel,
        String contribution,
        LocalDate validFrom,
        LocalDate validTo) implements Serializable {

    static InvolvementView of(Involvement i) {
        return new InvolvementView(i.getId(), i.getVersion(), i.getOrganisation().getId(), i.getOrganisation().getName(),
                i.getOrganisation().getKind(), i.getOrganisation().getKind().category(), i.getRole(),
                i.getCollaborationLevel(), i.getContribution(), i.getValidFrom(), i.getValidTo());
    }
}
