package be.zorgzame.agreements.boundary;

import be.zorgzame.agreements.entity.AgreementVersion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A draft version as a whole: what it is about, the decision areas, the parties and the coordination
 * bodies. {@code version} is the draft's version as read (absent when creating).
 */
public record AgreementInput(
        @NotNull Long neighbourhoodId,
        @NotBlank @Size(max = AgreementVersion.TITLE_LENGTH) String title,
        @Size(max = AgreementVersion.PURPOSE_LENGTH) String purpose,
        LocalDate validFrom,
        LocalDate validTo,
        LocalDate reviewDate,
        @Size(max = AgreementVersion.ESCALATION_LENGTH) String escalationRoute,
        List<@NotBlank @Size(max = AgreementVersion.AREA_LENGTH) String> decisionAreas,
        List<@NotNull @Valid PartyInput> parties,
        List<@NotNull @Valid BodyInput> bodies,
        Integer version) {

    public AgreementInput(Long neighbourhoodId, String title, String purpose, LocalDate validFrom, LocalDate validTo,
                          LocalDate reviewDate, String escalationRoute, List<String> decisionAreas,
                          List<PartyInput> parties, List<BodyInput> bodies, Integer version) {
        this.neighbourhoodId = neighbourhoodId;
        this.title = title;
        this.purpose = purpose;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.reviewDate = reviewDate;
        this.escalationRoute = escalationRoute;
        this.decisionAreas = decisionAreas == null ? List.of() : decisionAreas;
        this.parties = parties == null ? List.of() : parties;
        this.bodies = bodies == null ? List.of() : bodies;
        this.version = version;
    }

    /** The input that would write a version as it is: the start of an amendment or of an edit. */
    public static AgreementInput of(AgreementVersionView v) {
        return new AgreementInput(v.neighbourhoodId(), v.title(), v.purpose(), v.validFrom(), v.validTo(), v.reviewDate(),
                v.escalationRoute(), v.decisionAreas(),
                v.parties().stream().map(p -> new PartyInput(p.organisationId(), p.roles(), p.tasks(), p.decisionRights(),
                        p.contactPersonId(), p.hoursPerWeek(), p.budgetPerYear(), p.space(), p.material())).toList(),
                v.bodies().stream().map(b -> new BodyInput(b.name(), b.kind(), b.cadence(), b.memberOrganisationIds())).toList(),
                v.version());
    }
}
