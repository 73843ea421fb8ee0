package be.zorgzame.agreements.boundary;

import be.zorgzame.agreements.entity.AgreementParty;
import be.zorgzame.agreements.entity.DecisionLevel;
import be.zorgzame.agreements.entity.PartyRole;
import be.zorgzame.partners.entity.Person;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A party as shown; the contact person by name only. */
public record PartyView(long organisationId, String organisationName, Set<PartyRole> roles, String tasks,
                        Map<String, DecisionLevel> decisionRights, Long contactPersonId, String contactPersonName,
                        BigDecimal hoursPerWeek, BigDecimal budgetPerYear, String space, String material) implements Serializable {

    static PartyView of(AgreementParty p) {
        Person contact = p.getContactPerson();
        return new PartyView(p.getOrganisation().getId(), p.getOrganisation().getName(), new TreeSet<>(p.getRoles()),
                p.getTasks(), new TreeMap<>(p.getDecisionRights()), contact == null ? null : contact.getId(),
                contact == null ? null : contact.getName(), p.getHoursPerWeek(), p.getBudgetPerYear(), p.getSpaceOffered(),
                p.getMaterial());
    }
}
