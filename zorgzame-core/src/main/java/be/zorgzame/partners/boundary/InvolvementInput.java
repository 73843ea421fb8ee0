package be.zorgzame.partners.boundary;

import be.zorgzame.partners.entity.CollaborationLevel;
import be.zorgzame.partners.entity.Involvement;
import be.zorgzame.partners.entity.InvolvementRole;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An organisation's involvement in a neighbourhood as a client sends it. The organisation cannot be
 * changed afterwards (end the involvement and add another); {@code version} is required for a change.
 * <p>
 * The canonical constructor is written out so that the constraints stay on the fields only: Payara
 * 6's OpenAPI scanner fails on constraint annotations of constructor parameters.
 */
public record InvolvementInput(
        @NotNull Long organisationId,
        @NotNull InvolvementRole role,
        @NotNull CollaborationLevel collaborationLevel,
        @Size(max = Involvement.CONTRIBUTION_LENGTH) String contribution,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        Integer version) {

    public InvolvementInput(Long organisationId, InvolvementRole role, CollaborationLevel collaborationLevel,
                            String contribution, LocalDate validFrom, LocalDate validTo, Integer version) {
        this.organisationId = organisationId;
        this.role = role;
        this.collaborationLevel = collaborationLevel;
        this.contribution = contribution;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.version = version;
    }
}
