package be.zorgzame.partners.boundary;

import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.partners.control.KboNumbers;
import be.zorgzame.partners.control.NameKeys;
import be.zorgzame.partners.control.OrganisationWordSearch;
import be.zorgzame.partners.control.RegisterCode;
import be.zorgzame.partners.entity.Organisation;
import be.zorgzame.partners.entity.OrganisationKind;
import be.zorgzame.partners.entity.Sector;
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
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the partner registry's organisations. Municipal staff and administrators manage them;
 * regional support reads them; partner staff read and change their own organisation only (the
 * organisation always comes from the logged-in user, never from the request). Every change is audited.
 */
@ApplicationScoped
@Transactional
public class OrganisationService {

    public static final int MAX_PAGE_SIZE = 100;
    private static final String ENTITY = "Organisation";

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryAccess access;

    @Inject
    AuditTrail auditTrail;

    public ResultPage<OrganisationView> search(@NotNull OrganisationFilter filter,
                                               @Min(0) int first,
                                               @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        Set<String> words = words(filter.text());
        if (!words.isEmpty()) {
            OrganisationWordSearch sql = wordSearch(words, filter);
            Number total = (Number) bind(em.createNativeQuery(sql.count()), sql.parameters()).getSingleResult();
            return new ResultPage<>(byIds(bind(em.createNativeQuery(sql.page()), sql.pageParameters(first, size)).getResultList()),
                    total.longValue(), first, size);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        Map<String, Object> parameters = new HashMap<>();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Organisation> counted = count.from(Organisation.class);
        count.select(cb.count(counted)).where(criteria(cb, counted, filter, parameters));
        TypedQuery<Organisation> select = em.createQuery(selection(cb, filter, parameters))
                .setFirstResult(first).setMaxResults(size);
        List<OrganisationView> items = bind(select, parameters).getResultStream().map(OrganisationView::of).toList();
        return new ResultPage<>(items, bind(em.createQuery(count), parameters).getSingleResult(), first, size);
    }

    /** Every organisation the filter finds (and the caller may see), in name order, for export. */
    public List<OrganisationView> export(@NotNull OrganisationFilter filter) {
        Set<String> words = words(filter.text());
        if (!words.isEmpty()) {
            OrganisationWordSearch sql = wordSearch(words, filter);
            return byIds(bind(em.createNativeQuery(sql.page()), sql.pageParameters(0, Integer.MAX_VALUE)).getResultList());
        }
        Map<String, Object> parameters = new HashMap<>();
        return bind(em.createQuery(selection(em.getCriteriaBuilder(), filter, parameters)), parameters)
                .getResultStream().map(OrganisationView::of).toList();
    }

    /** The words typed to find on the beginnings of words of names; none for an identifier, which matches exactly. */
    private static Set<String> words(String text) {
        if (text == null || KboNumbers.normalise(text).isPresent() || RegisterCode.VCODE.normalise(text).isPresent()
                || RegisterCode.OVO.normalise(text).isPresent()) {
            return Set.of();
        }
        return NameKeys.tokens(text);
    }

    private OrganisationWordSearch wordSearch(Set<String> words, OrganisationFilter filter) {
        return OrganisationWordSearch.of(words, new OrganisationWordSearch.Criteria(access.onlyVisibleOrganisation().orElse(null),
                filter.kind() == null ? null : filter.kind().name(), filter.sector() == null ? null : filter.sector().name(),
                filter.municipalityNisCode()));
    }

    /** The organisations of these rows of the word search (id and name key), in the same order. */
    private List<OrganisationView> byIds(List<?> found) {
        List<Long> ids = found.stream().map(row -> ((Number) ((Object[]) row)[0]).longValue()).toList();
        Map<Long, OrganisationView> views = new HashMap<>();
        for (int from = 0; from < ids.size(); from += MAX_PAGE_SIZE) {
            em.createQuery("SELECT o FROM Organisation o LEFT JOIN FETCH o.municipality WHERE o.id IN :ids", Organisation.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + MAX_PAGE_SIZE)))
                    .getResultStream().forEach(o -> views.put(o.getId(), OrganisationView.of(o)));
        }
        return ids.stream().map(views::get).toList();
    }

    /** The organisations the filter finds, with their municipality, in name order. */
    private CriteriaQuery<Organisation> selection(CriteriaBuilder cb, OrganisationFilter filter, Map<String, Object> parameters) {
        CriteriaQuery<Organisation> select = cb.createQuery(Organisation.class);
        Root<Organisation> selected = select.from(Organisation.class);
        selected.fetch("municipality", JoinType.LEFT);
        return select.where(criteria(cb, selected, filter, parameters))
                .orderBy(cb.asc(selected.get("nameKey")), cb.asc(selected.get("id")));
    }

    /**
     * Sets the values as bound parameters: written into the SQL as literals, as EclipseLink does with criteria
     * values, every new search text would be a new statement for the database to compile.
     */
    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    public OrganisationView get(long id) {
        access.requireMaySee(id);
        return OrganisationView.of(load(id));
    }

    public OrganisationView create(@NotNull @Valid OrganisationInput input) {
        access.requireManages();
        Organisation organisation = new Organisation(input.name().strip(), input.kind());
        apply(input, organisation);
        em.persist(organisation);
        em.flush();
        OrganisationView created = OrganisationView.of(organisation);
        auditTrail.created(Organisation.class, created.id(), changes(null, created));
        return created;
    }

    public OrganisationView update(long id, @NotNull @Valid OrganisationInput input) {
        access.requireMayChange(id);
        Organisation organisation = load(id);
        EditConflicts.requireCurrent(ENTITY, id, organisation.getVersion(), input.version());
        OrganisationView before = OrganisationView.of(organisation);
        organisation.rename(input.name().strip());
        organisation.setKind(input.kind());
        apply(input, organisation);
        EditConflicts.flush(em, ENTITY, id);
        OrganisationView after = OrganisationView.of(organisation);
        auditTrail.updated(Organisation.class, id, changes(before, after));
        return after;
    }

    public void delete(long id) {
        access.requireManages();
        Organisation organisation = load(id);
        FieldChanges removed = changes(OrganisationView.of(organisation), null);
        Removals.remove(em, organisation, ENTITY, id);
        auditTrail.deleted(Organisation.class, id, removed);
    }

    private Organisation load(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private void apply(OrganisationInput input, Organisation organisation) {
        if (input.activeFrom() != null && input.activeTo() != null && input.activeTo().isBefore(input.activeFrom())) {
            throw new InvalidInputException("activeTo", "{zorgzame.period.endBeforeStart}");
        }
        Municipality municipality = input.municipalityNisCode() == null ? null
                : Optional.ofNullable(em.find(Municipality.class, input.municipalityNisCode()))
                        .orElseThrow(() -> new InvalidInputException("municipalityNisCode", "{zorgzame.municipality.unknown}"));
        String kbo = KboNumbers.normalise(input.kboNumber()).orElse(null);
        String vcode = RegisterCode.VCODE.normalise(input.vcode()).orElse(null);
        String ovo = RegisterCode.OVO.normalise(input.ovoCode()).orElse(null);
        requireUnique("kboNumber", "kboNumber", kbo, organisation);
        requireUnique("vcode", "vcode", vcode, organisation);
        requireUnique("ovoCode", "ovoCode", ovo, organisation);

        organisation.setLegalForm(Texts.blankToNull(input.legalForm()));
        organisation.setSectors(input.sectorsOrNone());
        organisation.setActivePeriod(input.activeFrom(), input.activeTo());
        organisation.setAddress(Texts.blankToNull(input.street()), Texts.blankToNull(input.houseNumber()),
                Texts.blankToNull(input.postcode()), municipality);
        organisation.setContact(Texts.blankToNull(input.website()), Texts.blankToNull(input.email()), Texts.blankToNull(input.phone()));
        organisation.setIdentifiers(kbo, vcode, ovo);
    }

    private void requireUnique(String field, String attribute, String value, Organisation organisation) {
        if (value == null) {
            return;
        }
        if (holdersOf(attribute, value).stream().anyMatch(holder -> !holder.equals(organisation.getId()))) {
            throw new InvalidInputException(field, "{zorgzame.identifier.taken}");
        }
    }

    /** The organisations holding this (normalised) identifier: kboNumber, vcode or ovoCode. */
    List<Long> holdersOf(String attribute, String value) {
        return em.createQuery("SELECT o.id FROM Organisation o WHERE o." + attribute + " = :value", Long.class)
                .setParameter("value", value)
                .getResultList();
    }

    private Predicate[] criteria(CriteriaBuilder cb, Root<Organisation> o, OrganisationFilter filter, Map<String, Object> parameters) {
        List<Predicate> predicates = new ArrayList<>();
        access.onlyVisibleOrganisation().ifPresent(own -> predicates.add(cb.equal(o.get("id"), parameter(cb, parameters, Long.class, own))));
        if (filter.kind() != null) {
            predicates.add(cb.equal(o.get("kind"), parameter(cb, parameters, OrganisationKind.class, filter.kind())));
        }
        if (filter.sector() != null) {
            predicates.add(cb.<Sector, Collection<Sector>>isMember(parameter(cb, parameters, Sector.class, filter.sector()), o.get("sectors")));
        }
        if (filter.municipalityNisCode() != null) {
            predicates.add(cb.equal(o.get("municipality").get("nisCode"),
                    parameter(cb, parameters, String.class, filter.municipalityNisCode())));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            predicates.add(textCriterion(cb, o, filter.text(), parameters));
        }
        return predicates.toArray(Predicate[]::new);
    }

    private static <T> ParameterExpression<T> parameter(CriteriaBuilder cb, Map<String, Object> parameters, Class<T> type, T value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return cb.parameter(type, name);
    }

    /** An identifier matches exactly; text without words or identifier (punctuation only) matches every name. */
    private static Predicate textCriterion(CriteriaBuilder cb, Root<Organisation> o, String text, Map<String, Object> parameters) {
        Optional<String> kbo = KboNumbers.normalise(text);
        if (kbo.isPresent()) {
            return cb.equal(o.get("kboNumber"), parameter(cb, parameters, String.class, kbo.get()));
        }
        Optional<String> vcode = RegisterCode.VCODE.normalise(text);
        if (vcode.isPresent()) {
            return cb.equal(o.get("vcode"), parameter(cb, parameters, String.class, vcode.get()));
        }
        return RegisterCode.OVO.normalise(text)
                .map(ovo -> cb.equal(o.get("ovoCode"), parameter(cb, parameters, String.class, ovo)))
                .orElseGet(cb::conjunction);
    }

    static FieldChanges changes(OrganisationView before, OrganisationView after) {
        return FieldChanges.between(OrganisationView.class, before, after,
                "id", "version", "category", "active", "municipalityName");
    }
}
