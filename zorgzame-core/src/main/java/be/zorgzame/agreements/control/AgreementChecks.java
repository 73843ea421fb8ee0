package be.zorgzame.agreements.control;

import be.zorgzame.agreements.control.AgreementWarning.Code;
import be.zorgzame.agreements.entity.PartyRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Warnings, not refusals: an agreement is worked out over several meetings, and a draft may lack
 * what the final text needs. They are shown with every version so that the gaps are seen before signing.
 */
public final class AgreementChecks {

    /** What the checks need to know of a party. */
    public record Party(long organisationId, String name, Set<PartyRole> roles, String tasks,
                        Map<String, ?> decisionRights, boolean hasContact) {
    }

    private AgreementChecks() {
    }

    public static List<AgreementWarning> of(LocalDate reviewDate, List<String> decisionAreas, List<Party> parties,
                                            Set<Long> involvedOrganisationIds) {
        List<AgreementWarning> warnings = new ArrayList<>();
        if (parties.stream().noneMatch(p -> p.roles().contains(PartyRole.REGIE))) {
            warnings.add(new AgreementWarning(Code.NO_REGIE_PARTY, null));
        }
        for (String area : decisionAreas) {
            if (parties.stream().noneMatch(p -> p.decisionRights().containsKey(area))) {
                warnings.add(new AgreementWarning(Code.AREA_WITHOUT_OWNER, area));
            }
        }
        for (Party party : parties) {
            boolean hasTasks = party.tasks() != null && !party.tasks().isBlank();
            if (hasTasks && party.decisionRights().isEmpty()) {
                warnings.add(new AgreementWarning(Code.TASKS_WITHOUT_DECISION_RIGHTS, party.name()));
            }
            if (hasTasks && !party.hasContact()) {
                warnings.add(new AgreementWarning(Code.TASKS_WITHOUT_CONTACT, party.name()));
            }
            if (!involvedOrganisationIds.contains(party.organisationId())) {
                warnings.add(new AgreementWarning(Code.PARTY_NOT_INVOLVED, party.name()));
            }
        }
        if (reviewDate == null) {
            warnings.add(new AgreementWarning(Code.NO_REVIEW_DATE, null));
        }
        return warnings;
    }
}
