package be.zorgzame.partners.boundary;

import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.partners.control.KboNumbers;
import be.zorgzame.partners.control.NameKeys;
import be.zorgzame.partners.control.RegisterCode;
import be.zorgzame.partners.entity.Organisation;
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
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Organisation> counted = count.from(Organisation.class);
        count.select(cb.count(counted)).where(criteria(cb, count, counted, filter));

        CriteriaQuery<Organisation> select = cb.createQuery(Organisation.class);
        Root<Organisation> selected = select.from(Organisation.class);
        selected.fetch("municipality", JoinType.LEFT);
        select.where(criteria(cb, select, selected, filter))
                .orderBy(cb.asc(selected.get("nameKey")), cb.asc(selected.get("id")));

        List<OrganisationView> items = em.createQuery(select).setFirstResult(first).setMaxResults(size)
                .getResultStream().map(OrganisationView::of).toList();
        return new ResultPage<>(items, em.createQuery(count).getSingleResult(), first, size);
    }

    /** Every organisation the filter finds (and the caller may see), in name order, for export. */
    public List<OrganisationView> export(@NotNull OrganisationFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Organisation> select = cb.createQuery(Organisation.class);
        Root<Organisation> selected = select.from(Organisation.class);
        selected.fetch("municipality", JoinType.LEFT);
        select.where(criteria(cb, select, selected, filter))
                .orderBy(cb.asc(selected.get("nameKey")), cb.asc(selected.get("id")));
        return em.createQuery(select).getResultStream().map(OrganisationView::of).toList();
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

    private Predicate[] criteria(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Organisation> o, OrganisationFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        access.onlyVisibleOrganisation().ifPresent(own -> predicates.add(cb.equal(o.get("id"), own)));
        if (filter.kind() != null) {
            predicates.add(cb.equal(o.get("kind"), filter.kind()));
        }
        if (filter.sector() != null) {
            predicates.add(cb.isMember(filter.sector(), o.get("sectors")));
        }
        if (filter.municipalityNisCode() != null) {
            predicates.add(cb.equal(o.get("municipality").get("nisCode"), filter.municipalityNisCode()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            predicates.add(textCriterion(cb, query, o, filter.text()));
        }
        return predicates.toArray(Predicate[]::new);
    }

    /**
     * An identifier matches exactly; otherwise every word typed must begin a word of the name. Each word
     * is an uncorrelated {@code id IN (...)} over the token index, so the database looks up the few
     * matching organisations once instead of probing the tokens of every organisation in turn (which
     * grew with the square of the registry on Derby; see bench/RESULTS.md).
     */
    private static Predicate textCriterion(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Organisation> o, String text) {
        Optional<String> kbo = KboNumbers.normalise(text);
        if (kbo.isPresent()) {
            return cb.equal(o.get("kboNumber"), kbo.get());
        }
        Optional<String> vcode = RegisterCode.VCODE.normalise(text);
        if (vcode.isPresent()) {
            return cb.equal(o.get("vcode"), vcode.get());
        }
        Optional<String> ovo = RegisterCode.OVO.normalise(text);
        if (ovo.isPresent()) {
            return cb.equal(o.get("ovoCode"), ovo.get());
        }
        List<Predicate> words = new ArrayList<>();
        for (String word : NameKeys.tokens(text)) {
            Subquery<Long> named = query.subquery(Long.class);
            Root<Organisation> other = named.from(Organisation.class);
            named.select(other.get("id")).where(cb.like(other.join("nameTokens"), Texts.escapeLike(word) + "%", '\\'));
            words.add(o.get("id").in(named));
        }
        return cb.and(words.toArray(Predicate[]::new));
    }

    static FieldChanges changes(OrganisationView before, OrganisationView after) {
        return FieldChanges.between(OrganisationView.class, before, after,
                "id", "version", "category", "active", "municipalityName");
    }
}
