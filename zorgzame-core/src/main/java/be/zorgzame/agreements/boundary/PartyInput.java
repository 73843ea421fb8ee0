package be.zorgzame.agreements.boundary;

import be.zorgzame.agreements.entity.AgreementParty;
import be.zorgzame.agreements.entity.DecisionLevel;
import be.zorgzame.agreements.entity.PartyRole;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** A party as drafted: the organisation, its roles, tasks, decision right per area, contributions and contact person. */
public record PartyInput(
        @NotNull Long organisationId,
        Set<@NotNull PartyRole> roles,
        @Size(max = AgreementParty.TASKS_LENGTH) String tasks,
        Map<@NotNull String, @NotNull DecisionLevel> decisionRights,
        Long contactPersonId,
        @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal hoursPerWeek,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal budgetPerYear,
        @Size(max = AgreementParty.CONTRIBUTION_LENGTH) String space,
        @Size(max = AgreementParty.CONTRIBUTION_LENGTH) String material) {

    public PartyInput(Long organisationId, Set<PartyRole> roles, String tasks, Map<String, DecisionLevel> decisionRights,
                      Long contactPersonId, BigDecimal hoursPerWeek, BigDecimal budgetPerYear, String space,
                      String material) {
        this.organisationId = organisationId;
        this.roles = roles == null ? Set.of() : roles;
        this.tasks = tasks;
        this.decisionRights = decisionRights == null ? Map.of() : decisionRights;
        this.contactPersonId = contactPersonId;
        this.hoursPerWeek = hoursPerWeek;
        this.budgetPerYear = budgetPerYear;
        this.space = space;
        this.material = material;
    }
}
