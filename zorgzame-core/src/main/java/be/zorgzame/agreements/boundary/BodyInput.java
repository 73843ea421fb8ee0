package be.zorgzame.agreements.boundary;

import be.zorgzame.agreements.entity.BodyKind;
import be.zorgzame.agreements.entity.CoordinationBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A coordination body as drafted; its members are parties, named by organisation. */
public record BodyInput(
        @NotBlank @Size(max = CoordinationBody.NAME_LENGTH) String name,
        @NotNull BodyKind kind,
        @Size(max = CoordinationBody.CADENCE_LENGTH) String cadence,
        Set<@NotNull Long> memberOrganisationIds) {

    public BodyInput(String name, BodyKind kind, String cadence, Set<Long> memberOrganisationIds) {
        this.name = name;
        this.kind = kind;
        this.cadence = cadence;
        this.memberOrganisationIds = memberOrganisationIds == null ? Set.of() : memberOrganisationIds;
    }
}
