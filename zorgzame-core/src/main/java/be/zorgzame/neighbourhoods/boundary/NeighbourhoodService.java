package be.zorgzame.neighbourhoods.boundary;

import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.EditConflicts;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.problem.Removals;
import be.zorgzame.platform.query.ResultPage;
import be.zorgzame.platform.query.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps the caring-neighbourhood initiatives. Who sees and changes which is decided by
 * {@link NeighbourhoodAccess}. Every change is audited in the same transaction.
 */
@ApplicationScoped
@Transactional
public class NeighbourhoodService {

    public static final int MAX_PAGE_SIZE = 100;
    private static final String ENTITY = "Neighbourhood";

    @PersistenceContext
    EntityManager em;

    @Inject
    NeighbourhoodAccess access;

    @Inject
    NeighbourhoodParticipation participation;

    @Inject
    AuditTrail auditTrail;

    public ResultPage<NeighbourhoodView> list(@NotNull NeighbourhoodFilter filter,
                                              @Min(0) int first,
                                              @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        Optional<Long> onlyOfOrganisation = access.onlyThoseOfOrganisation();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Neighbourhood> counted = count.from(Neighbourhood.class);
        count.select(cb.count(counted)).where(criteria(cb, count, counted, filter, onlyOfOrganisation));

        CriteriaQuery<Neighbourhood> select = cb.createQuery(Neighbourhood.class);
        Root<Neighbourhood> selected = select.from(Neighbourhood.class);
        selected.fetch("municipality");
        select.where(criteria(cb, select, selected, filter, onlyOfOrganisation))
                .orderBy(cb.asc(cb.lower(selected.get("name"))), cb.asc(selected.get("id")));
        TypedQuery<Neighbourhood> page = em.createQuery(select).setFirstResult(first).setMaxResults(size);

        return new ResultPage<>(page.getResultStream().map(NeighbourhoodView::of).toList(),
                em.createQuery(count).getSingleResult(), first, size);
    }

    public NeighbourhoodView get(long id) {
        Neighbourhood neighbourhood = load(id);
        access.requireMaySee(id);
        return NeighbourhoodView.of(neighbourhood);
    }

    public NeighbourhoodView create(@NotNull @Valid NeighbourhoodInput input) {
        checkPeriod(input);
        Municipality municipality = municipality(input);
        access.requireMayChangeIn(municipality);
        Neighbourhood neighbourhood = new Neighbourhood(input.name().strip(), municipality, input.status());
        apply(input, neighbourhood);
        em.persist(neighbourhood);
        em.flush();
        auditTrail.created(Neighbourhood.class, neighbourhood.getId(), changes(null, NeighbourhoodView.of(neighbourhood)));
        return NeighbourhoodView.of(neighbourhood);
    }

    public NeighbourhoodView update(long id, @NotNull @Valid NeighbourhoodInput input) {
        Neighbourhood neighbourhood = load(id);
        access.requireMayChangeIn(neighbourhood.getMunicipality());
        EditConflicts.requireCurrent(ENTITY, id, neighbourhood.getVersion(), input.version());
        checkPeriod(input);
        Municipality municipality = municipality(input);
        access.requireMayChangeIn(municipality);
        NeighbourhoodView before = NeighbourhoodView.of(neighbourhood);
        neighbourhood.setName(input.name().strip());
        neighbourhood.setMunicipality(municipality);
        neighbourhood.setStatus(input.status());
        apply(input, neighbourhood);
        EditConflicts.flush(em, ENTITY, id);
        NeighbourhoodView after = NeighbourhoodView.of(neighbourhood);
        auditTrail.updated(Neighbourhood.class, id, changes(before, after));
        return after;
    }

    public void delete(long id) {
        Neighbourhood neighbourhood = load(id);
        access.requireMayChangeIn(neighbourhood.getMunicipality());
        FieldChanges removed = changes(NeighbourhoodView.of(neighbourhood), null);
        Removals.remove(em, neighbourhood, ENTITY, id);
        auditTrail.deleted(Neighbourhood.class, id, removed);
    }

    private Neighbourhood load(long id) {
        return Optional.ofNullable(em.find(Neighbourhood.class, id))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private Municipality municipality(NeighbourhoodInput input) {
        return Optional.ofNullable(em.find(Municipality.class, input.municipalityNisCode()))
                .orElseThrow(() -> new InvalidInputException("municipalityNisCode", "{zorgzame.municipality.unknown}"));
    }

    private static void checkPeriod(NeighbourhoodInput input) {
        if (input.subsidyFrom() != null && input.subsidyTo() != null && input.subsidyTo().isBefore(input.subsidyFrom())) {
            throw new InvalidInputException("subsidyTo", "{zorgzame.period.endBeforeStart}");
        }
    }

    private static void apply(NeighbourhoodInput input, Neighbourhood neighbourhood) {
        neighbourhood.setAreaDescription(Texts.blankToNull(input.areaDescription()));
        neighbourhood.setStartDate(input.startDate());
        neighbourhood.setSubsidyPeriod(input.subsidyFrom(), input.subsidyTo());
        neighbourhood.setSubsidyAmountPerYear(input.subsidyAmountPerYear());
        neighbourhood.setPillars(input.pillarsOrNone());
    }

    private Predicate[] criteria(CriteriaBuilder cb, AbstractQuery<?> query, Root<Neighbourhood> n,
                                 NeighbourhoodFilter filter, Optional<Long> onlyOfOrganisation) {
        List<Predicate> predicates = new ArrayList<>();
        onlyOfOrganisation.ifPresent(organisation ->
                predicates.add(participation.takesPart(cb, query, n, organisation)));
        if (filter.municipalityNisCode() != null) {
            predicates.add(cb.equal(n.get("municipality").get("nisCode"), filter.municipalityNisCode()));
        }
        if (filter.status() != null) {
            predicates.add(cb.equal(n.get("status"), filter.status()));
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            String pattern = "%" + Texts.escapeLike(filter.nameContains().strip().toLowerCase(Locale.ROOT)) + "%";
            predicates.add(cb.like(cb.lower(n.get("name")), pattern, '\\'));
        }
        return predicates.toArray(Predicate[]::new);
    }

    private static FieldChanges changes(NeighbourhoodView before, NeighbourhoodView after) {
        return FieldChanges.between(NeighbourhoodView.class, before, after, "id", "version", "municipalityName");
    }
}
