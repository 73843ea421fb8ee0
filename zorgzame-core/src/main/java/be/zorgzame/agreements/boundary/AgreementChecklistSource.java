package be.zorgzame.agreements.boundary;

import be.zorgzame.agreements.control.AgreementSuggestionRules;
import be.zorgzame.agreements.entity.Agreement;
import be.zorgzame.agreements.entity.AgreementStatus;
import be.zorgzame.agreements.entity.AgreementVersion;
import be.zorgzame.checklist.boundary.EvidenceLookup;
import be.zorgzame.checklist.boundary.SuggestionSource;
import be.zorgzame.checklist.entity.EvidenceTarget;
import be.zorgzame.checklist.entity.Suggestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the policy checklist learns from agreements: suggestions from those in force, and agreements as evidence. */
@ApplicationScoped
public class AgreementChecklistSource implements SuggestionSource, EvidenceLookup {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Suggestion> forMunicipality(String nisCode, LocalDate today) {
        List<AgreementSuggestionRules.Facts> versions = em.createQuery("SELECT v FROM AgreementVersion v"
                        + " WHERE v.agreement.neighbourhood.municipality.nisCode = :municipality AND v.status = :status"
                        + " ORDER BY v.id", AgreementVersion.class)
                .setParameter("municipality", nisCode)
                .setParameter("status", AgreementStatus.ACTIVE)
                .getResultStream()
                .map(v -> new AgreementSuggestionRules.Facts(v.getAgreement().getId(),
                        v.getAgreement().getNeighbourhood().getName(), v.effectiveStatus(today),
                        v.getParties().stream().anyMatch(p -> !p.getDecisionRights().isEmpty())))
                .toList();
        return AgreementSuggestionRules.of(versions);
    }

    @Override
    public EvidenceTarget target() {
        return EvidenceTarget.AGREEMENT;
    }

    @Override
    public Set<String> municipalitiesOf(long id) {
        return Optional.ofNullable(em.find(Agreement.class, id))
                .map(a -> Set.of(a.getNeighbourhood().getMunicipality().getNisCode()))
                .orElse(Set.of());
    }
}
