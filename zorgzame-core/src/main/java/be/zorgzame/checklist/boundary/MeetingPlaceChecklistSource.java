package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.control.MeetingPlaceSuggestionRules;
import be.zorgzame.checklist.entity.EvidenceTarget;
import be.zorgzame.checklist.entity.MeetingPlace;
import be.zorgzame.checklist.entity.Suggestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the checklist learns from the meeting places register: suggestions, and meeting places as evidence. */
@ApplicationScoped
public class MeetingPlaceChecklistSource implements SuggestionSource, EvidenceLookup {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Suggestion> forMunicipality(String nisCode, LocalDate today) {
        return MeetingPlaceSuggestionRules.of(em.createNamedQuery("MeetingPlace.findInMunicipality", MeetingPlace.class)
                .setParameter("municipality", nisCode)
                .getResultStream()
                .map(p -> new MeetingPlaceSuggestionRules.Facts(p.getId(), p.getName(), p.isMultifunctional()))
                .toList());
    }

    @Override
    public EvidenceTarget target() {
        return EvidenceTarget.MEETING_PLACE;
    }

    @Override
    public Set<String> municipalitiesOf(long id) {
        return Optional.ofNullable(em.find(MeetingPlace.class, id)).map(p -> Set.of(p.getMunicipality().getNisCode())).orElse(Set.of());
    }
}
