package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.EvidenceTarget;
import be.zorgzame.checklist.entity.MeetingPlace;
import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.partners.entity.Organisation;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.EditConflicts;
import be.zorgzame.platform.problem.InUseException;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.problem.Removals;
import be.zorgzame.platform.query.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.List;
import java.util.Optional;

/**
 * The register of meeting places. Read by municipal staff, partner staff and administrators; kept by the
 * municipality's staff and administrators. A place that an assessment names as evidence cannot be removed.
 * Audited.
 */
@ApplicationScoped
@Transactional
public class MeetingPlaceService {

    static final String ENTITY = "MeetingPlace";

    @PersistenceContext
    EntityManager em;

    @Inject
    ChecklistAccess access;

    @Inject
    AuditTrail auditTrail;

    /** The places of a municipality, optionally only those of one neighbourhood, by name. */
    public List<MeetingPlaceView> list(String nisCode, Long neighbourhoodId) {
        access.requireReadsMeetingPlaces();
        if (nisCode == null) {
            throw new InvalidInputException("municipality", "{zorgzame.checklist.municipalityRequired}");
        }
        return em.createNamedQuery("MeetingPlace.findInMunicipality", MeetingPlace.class)
                .setParameter("municipality", nisCode)
                .getResultStream()
                .filter(p -> neighbourhoodId == null
                        || p.getNeighbourhood() != null && p.getNeighbourhood().getId().equals(neighbourhoodId))
                .map(MeetingPlaceView::of)
                .toList();
    }

    public MeetingPlaceView get(long id) {
        access.requireReadsMeetingPlaces();
        return MeetingPlaceView.of(find(id));
    }

    public MeetingPlaceView create(@NotNull @Valid MeetingPlaceInput input) {
        Municipality municipality = municipality(input.municipalityNisCode());
        access.requireMayKeepMeetingPlacesIn(municipality);
        MeetingPlace place = new MeetingPlace(input.name().strip(), municipality, input.setting());
        write(place, input, municipality);
        em.persist(place);
        em.flush();
        MeetingPlaceView created = MeetingPlaceView.of(place);
        auditTrail.created(MeetingPlace.class, place.getId(), changes(null, created));
        return created;
    }

    public MeetingPlaceView update(long id, @NotNull @Valid MeetingPlaceInput input) {
        MeetingPlace place = find(id);
        access.requireMayKeepMeetingPlacesIn(place.getMunicipality());
        EditConflicts.requireCurrent(ENTITY, id, place.getVersion(), input.version());
        Municipality municipality = municipality(input.municipalityNisCode());
        access.requireMayKeepMeetingPlacesIn(municipality);
        MeetingPlaceView before = MeetingPlaceView.of(place);
        write(place, input, municipality);
        EditConflicts.flush(em, ENTITY, id);
        MeetingPlaceView after = MeetingPlaceView.of(place);
        auditTrail.updated(MeetingPlace.class, id, changes(before, after));
        return after;
    }

    public void delete(long id) {
        MeetingPlace place = find(id);
        access.requireMayKeepMeetingPlacesIn(place.getMunicipality());
        Long links = em.createQuery("SELECT COUNT(a) FROM Assessment a JOIN a.evidenceLinks l"
                        + " WHERE l.targetType = :type AND l.targetId = :id", Long.class)
                .setParameter("type", EvidenceTarget.MEETING_PLACE)
                .setParameter("id", id)
                .getSingleResult();
        if (links > 0) {
            throw new InUseException(ENTITY, id);
        }
        MeetingPlaceView before = MeetingPlaceView.of(place);
        Removals.remove(em, place, ENTITY, id);
        auditTrail.deleted(MeetingPlace.class, id, changes(before, null));
    }

    private void write(MeetingPlace place, MeetingPlaceInput input, Municipality municipality) {
        Neighbourhood neighbourhood = null;
        if (input.neighbourhoodId() != null) {
            neighbourhood = Optional.ofNullable(em.find(Neighbourhood.class, input.neighbourhoodId()))
                    .orElseThrow(() -> new InvalidInputException("neighbourhoodId", "{zorgzame.neighbourhood.unknown}"));
            if (!Objects.equals(neighbourhood.getMunicipality(), municipality)) {
                throw new InvalidInputException("neighbourhoodId", "{zorgzame.checklist.otherMunicipality}");
            }
        }
        Organisation owner = input.ownerOrganisationId() == null ? null
                : Optional.ofNullable(em.find(Organisation.class, input.ownerOrganisationId()))
                .orElseThrow(() -> new InvalidInputException("ownerOrganisationId", "{zorgzame.organisation.unknown}"));
        place.describe(input.name().strip(), input.setting(), input.multifunctional(), Texts.blankToNull(input.accessibility()),
                Texts.blankToNull(input.availability()));
        place.locate(Texts.blankToNull(input.street()), Texts.blankToNull(input.houseNumber()), input.postcode(), municipality,
                neighbourhood);
        place.setOwner(owner);
    }

    private Municipality municipality(String nisCode) {
        return Optional.ofNullable(em.find(Municipality.class, nisCode))
                .orElseThrow(() -> new InvalidInputException("municipalityNisCode", "{zorgzame.municipality.unknown}"));
    }

    private MeetingPlace find(long id) {
        return Optional.ofNullable(em.find(MeetingPlace.class, id)).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private static FieldChanges changes(MeetingPlaceView before, MeetingPlaceView after) {
        return FieldChanges.between(MeetingPlaceView.class, before, after, "id", "neighbourhoodName", "ownerName", "version");
    }
}
