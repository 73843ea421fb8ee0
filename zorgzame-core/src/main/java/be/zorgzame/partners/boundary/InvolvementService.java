package be.zorgzame.partners.boundary;

import be.zorgzame.neighbourhoods.boundary.NeighbourhoodAccess;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.partners.control.NetworkGaps;
import be.zorgzame.partners.entity.CollaborationLevel;
import be.zorgzame.partners.entity.Involvement;
import be.zorgzame.partners.entity.InvolvementRole;
import be.zorgzame.partners.entity.Organisation;
import be.zorgzame.partners.entity.OrganisationCategory;
import be.zorgzame.partners.entity.Sector;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.EditConflicts;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.query.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps which organisations take part in which neighbourhood: seen and changed by whoever may see and
 * change the neighbourhood ({@link NeighbourhoodAccess}). At most one regie actor at a time per neighbourhood.
 */
@ApplicationScoped
@Transactional
public class InvolvementService {

    private static final String ENTITY = "Involvement";

    @PersistenceContext
    EntityManager em;

    @Inject
    NeighbourhoodAccess neighbourhoodAccess;

    @Inject
    AuditTrail auditTrail;

    public InvolvementOverview overview(long neighbourhoodId, LocalDate on) {
        neighbourhood(neighbourhoodId);
        neighbourhoodAccess.requireMaySee(neighbourhoodId);
        List<Involvement> all = involvements(neighbourhoodId);
        LocalDate day = on == null ? LocalDate.now() : on;
        boolean regieMissing = all.stream().noneMatch(i -> i.getRole() == InvolvementRole.REGIE_ACTOR && i.isValidOn(day));
        List<InvolvementView> shown = all.stream()
                .filter(i -> on == null || i.isValidOn(on))
                .map(InvolvementView::of)
                .toList();
        return new InvolvementOverview(neighbourhoodId, on, shown, regieMissing);
    }

    /** The network on a day (today when absent), by kind, sector and collaboration level, with its gaps. */
    public NetworkOverview network(long neighbourhoodId, LocalDate on) {
        neighbourhood(neighbourhoodId);
        neighbourhoodAccess.requireMaySee(neighbourhoodId);
        LocalDate day = on == null ? LocalDate.now() : on;
        List<Involvement> current = involvements(neighbourhoodId).stream().filter(i -> i.isValidOn(day)).toList();
        List<Organisation> organisations = current.stream().map(Involvement::getOrganisation).distinct().toList();
        return new NetworkOverview(neighbourhoodId, day, organisations.size(),
                counted(organisations.stream().map(o -> o.getKind().category()), OrganisationCategory.class),
                counted(organisations.stream().flatMap(o -> o.getSectors().stream()), Sector.class),
                counted(current.stream().map(Involvement::getCollaborationLevel), CollaborationLevel.class),
                NetworkGaps.of(current.stream()
                        .map(i -> new NetworkGaps.Participant(i.getOrganisation().getId(), i.getRole(),
                                i.getOrganisation().getKind().category(), i.getOrganisation().getSectors()))
                        .toList()));
    }

    /** Whether the caller may change who takes part in the neighbourhood (for offering the action). */
    public boolean mayChange(long neighbourhoodId) {
        return neighbourhoodAccess.mayChangeIn(neighbourhood(neighbourhoodId).getMunicipality());
    }

    public InvolvementView add(long neighbourhoodId, @NotNull @Valid InvolvementInput input) {
        Neighbourhood neighbourhood = neighbourhoodToChange(neighbourhoodId);
        Organisation organisation = Optional.ofNullable(em.find(Organisation.class, input.organisationId()))
                .orElseThrow(() -> new InvalidInputException("organisationId", "{zorgzame.organisation.unknown}"));
        checkPeriod(input);
        requireSingleRegie(neighbourhoodId, input, null);
        Involvement involvement = new Involvement(neighbourhood, organisation);
        involvement.describe(input.role(), input.collaborationLevel(), Texts.blankToNull(input.contribution()),
                input.validFrom(), input.validTo());
        em.persist(involvement);
        em.flush();
        InvolvementView created = InvolvementView.of(involvement);
        auditTrail.created(Involvement.class, created.id(), changes(null, created));
        return created;
    }

    public InvolvementView update(long neighbourhoodId, long id, @NotNull @Valid InvolvementInput input) {
        neighbourhoodToChange(neighbourhoodId);
        Involvement involvement = load(neighbourhoodId, id);
        EditConflicts.requireCurrent(ENTITY, id, involvement.getVersion(), input.version());
        if (!input.organisationId().equals(involvement.getOrganisation().getId())) {
            throw new InvalidInputException("organisationId", "{zorgzame.involvement.organisationFixed}");
        }
        checkPeriod(input);
        requireSingleRegie(neighbourhoodId, input, id);
        InvolvementView before = InvolvementView.of(involvement);
        involvement.describe(input.role(), input.collaborationLevel(), Texts.blankToNull(input.contribution()),
                input.validFrom(), input.validTo());
        EditConflicts.flush(em, ENTITY, id);
        InvolvementView after = InvolvementView.of(involvement);
        auditTrail.updated(Involvement.class, id, changes(before, after));
        return after;
    }

    public void remove(long neighbourhoodId, long id) {
        Involvement involvement = load(neighbourhoodId, id);
        neighbourhoodAccess.requireMayChangeIn(involvement.getNeighbourhood().getMunicipality());
        FieldChanges removed = changes(InvolvementView.of(involvement), null);
        em.remove(involvement);
        auditTrail.deleted(Involvement.class, id, removed);
    }

    /**
     * Refuses a second regie actor in an overlapping period. The neighbourhood's version is bumped with
     * every change of its involvements, so two concurrent changes cannot both slip past this check.
     */
    private void requireSingleRegie(long neighbourhoodId, InvolvementInput input, Long changing) {
        if (input.role() != InvolvementRole.REGIE_ACTOR) {
            return;
        }
        boolean taken = involvements(neighbourhoodId).stream()
                .filter(i -> !i.getId().equals(changing))
                .anyMatch(i -> i.getRole() == InvolvementRole.REGIE_ACTOR && i.overlaps(input.validFrom(), input.validTo()));
        if (taken) {
            throw new InvalidInputException("role", "{zorgzame.involvement.secondRegie}");
        }
    }

    /** How often each constant occurs, by name, every constant present (zero included) in declaration order. */
    private static <E extends Enum<E>> Map<String, Long> counted(Stream<E> values, Class<E> type) {
        Map<String, Long> counts = new LinkedHashMap<>();
        EnumSet.allOf(type).forEach(constant -> counts.put(constant.name(), 0L));
        values.forEach(value -> counts.merge(value.name(), 1L, Long::sum));
        return counts;
    }

    private List<Involvement> involvements(long neighbourhoodId) {
        return em.createNamedQuery("Involvement.findByNeighbourhood", Involvement.class)
                .setParameter("neighbourhood", neighbourhoodId)
                .getResultList();
    }

    private Neighbourhood neighbourhood(long id) {
        return Optional.ofNullable(em.find(Neighbourhood.class, id))
                .orElseThrow(() -> new NotFoundException("Neighbourhood", id));
    }

    /**
     * The neighbourhood whose involvements change, if the caller may change it; its version is bumped
     * so that concurrent changes of its involvements conflict.
     */
    private Neighbourhood neighbourhoodToChange(long id) {
        Neighbourhood neighbourhood = neighbourhood(id);
        neighbourhoodAccess.requireMayChangeIn(neighbourhood.getMunicipality());
        em.lock(neighbourhood, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return neighbourhood;
    }

    private Involvement load(long neighbourhoodId, long id) {
        return Optional.ofNullable(em.find(Involvement.class, id))
                .filter(i -> i.getNeighbourhood().getId() == neighbourhoodId)
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private static void checkPeriod(InvolvementInput input) {
        if (input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            throw new InvalidInputException("validTo", "{zorgzame.period.endBeforeStart}");
        }
    }

    private static FieldChanges changes(InvolvementView before, InvolvementView after) {
        return FieldChanges.between(InvolvementView.class, before, after,
                "id", "version", "organisationName", "organisationKind", "organisationCategory");
    }
}
