package be.zorgzame.mandates.boundary;

import be.zorgzame.checklist.boundary.EvidenceLookup;
import be.zorgzame.checklist.boundary.SuggestionSource;
import be.zorgzame.checklist.entity.EvidenceTarget;
import be.zorgzame.checklist.entity.Suggestion;
import be.zorgzame.mandates.control.MandateChecks;
import be.zorgzame.mandates.control.MandateSuggestionRules;
import be.zorgzame.mandates.entity.Mandate;
import be.zorgzame.mandates.entity.MandateStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What the policy checklist learns from mandates: suggestions from those in force, and mandates as evidence. */
@ApplicationScoped
public class MandateChecklistSource implements SuggestionSource, EvidenceLookup {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Suggestion> forMunicipality(String nisCode, LocalDate today) {
        List<MandateSuggestionRules.Covering> covering = em.createQuery("SELECT n.name, m FROM Mandate m JOIN m.neighbourhoods n"
                        + " WHERE n.municipality.nisCode = :municipality AND m.status = :status ORDER BY m.id", Object[].class)
                .setParameter("municipality", nisCode)
                .setParameter("status", MandateStatus.ACTIVE)
                .getResultStream()
                .map(row -> new MandateSuggestionRules.Covering(facts((Mandate) row[1]), (String) row[0]))
                .toList();
        return MandateSuggestionRules.of(covering, today);
    }

    @Override
    public EvidenceTarget target() {
        return EvidenceTarget.MANDATE;
    }

    @Override
    public Set<String> municipalitiesOf(long id) {
        return Optional.ofNullable(em.find(Mandate.class, id))
                .map(m -> m.getNeighbourhoods().stream().map(n -> n.getMunicipality().getNisCode()).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private static MandateChecks.Facts facts(Mandate m) {
        return new MandateChecks.Facts(m.getId(), m.getHolder().getId(), m.getFunction(), m.getStatus(), m.getValidFrom(),
                m.getValidTo(), !m.getDegreesOfFreedom().isEmpty(), m.getDaysPerMonth(), m.getFeedbackCadence(),
                m.lastFeedbackOn().orElse(null));
    }
}
