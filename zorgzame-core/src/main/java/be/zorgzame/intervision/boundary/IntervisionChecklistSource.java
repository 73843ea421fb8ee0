package be.zorgzame.intervision.boundary;

import be.zorgzame.checklist.boundary.EvidenceLookup;
import be.zorgzame.checklist.boundary.SuggestionSource;
import be.zorgzame.checklist.entity.EvidenceTarget;
import be.zorgzame.checklist.entity.Recommendations;
import be.zorgzame.checklist.entity.Suggestion;
import be.zorgzame.intervision.entity.GroupMember;
import be.zorgzame.intervision.entity.IntervisionSession;
import be.zorgzame.intervision.entity.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the policy checklist learns from intervision: the supra-local recommendation (intervision,
 * training and coaching) is suggested for a municipality when workers of its neighbourhoods took part in
 * sessions in the last twelve months; and sessions can be evidence. A session belongs to the
 * municipalities of its group's members' neighbourhoods. Only times and counts reach the checklist.
 */
@ApplicationScoped
public class IntervisionChecklistSource implements SuggestionSource, EvidenceLookup {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Suggestion> forMunicipality(String nisCode, LocalDate today) {
        List<IntervisionSession> sessions = em.createNamedQuery("Registration.findActiveBetween", Registration.class)
                .setParameter("from", today.minusYears(1).atStartOfDay())
                .setParameter("to", today.plusDays(1).atStartOfDay())
                .getResultStream()
                .filter(Registration::isTakingPart)
                .filter(r -> r.getMember().getNeighbourhood()
                        .filter(n -> n.getMunicipality().getNisCode().equals(nisCode)).isPresent())
                .map(Registration::getSession)
                .distinct()
                .sorted(Comparator.comparing(IntervisionSession::getStartsAt))
                .toList();
        if (sessions.isEmpty()) {
            return List.of();
        }
        return List.of(new Suggestion(Recommendations.FRAMEWORK, Recommendations.SUPRA_LOCAL_INTERVISION,
                "suggestion.intervision", List.of(String.valueOf(sessions.size())),
                sessions.stream().map(s -> new Suggestion.Evidence(EvidenceTarget.INTERVISION_SESSION, s.getId())).toList()));
    }

    @Override
    public EvidenceTarget target() {
        return EvidenceTarget.INTERVISION_SESSION;
    }

    @Override
    public Set<String> municipalitiesOf(long id) {
        return Optional.ofNullable(em.find(IntervisionSession.class, id))
                .map(session -> em.createNamedQuery("GroupMember.findByGroup", GroupMember.class)
                        .setParameter("group", session.getGroup())
                        .getResultStream()
                        .flatMap(member -> member.getNeighbourhood().stream())
                        .map(n -> n.getMunicipality().getNisCode())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
