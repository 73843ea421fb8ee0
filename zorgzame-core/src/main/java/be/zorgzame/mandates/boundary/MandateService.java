package be.zorgzame.mandates.boundary;

import be.zorgzame.mandates.entity.DegreeOfFreedom;
import be.zorgzame.mandates.entity.Mandate;
import be.zorgzame.mandates.entity.MandateStatus;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.partners.entity.Organisation;
import be.zorgzame.partners.entity.Person;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.EditConflicts;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.problem.WrongStateException;
import be.zorgzame.platform.query.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps mandates and shows them. A new mandate starts as a draft; drafts and active mandates can be
 * changed, always as a whole and from the version the editor read; an ended one cannot. Holder,
 * employer and granting organisation are fixed. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class MandateService {

    static final String ENTITY = "Mandate";

    @PersistenceContext
    EntityManager em;

    @Inject
    MandateAccess access;

    @Inject
    MandateDashboard dashboard;

    @Inject
    AuditTrail auditTrail;

    /** The mandates the caller may see, of one neighbourhood or of all, latest start first. */
    public List<MandateSummary> list(Long neighbourhoodId) {
        Optional<Long> onlyOfOrganisation = access.onlyThoseOfOrganisation();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Mandate> query = cb.createQuery(Mandate.class);
        Root<Mandate> mandate = query.from(Mandate.class);
        List<Predicate> predicates = new ArrayList<>();
        if (neighbourhoodId != null) {
            predicates.add(cb.equal(mandate.join("neighbourhoods").get("id"), neighbourhoodId));
        }
        onlyOfOrganisation.ifPresent(organisation -> predicates.add(cb.or(
                cb.equal(mandate.get("employer").get("id"), organisation),
                cb.equal(mandate.get("grantingOrganisation").get("id"), organisation))));
        query.where(predicates.toArray(Predicate[]::new))
                .orderBy(cb.desc(mandate.get("validFrom")), cb.desc(mandate.get("id")));
        return em.createQuery(query).getResultStream().map(MandateSummary::of).toList();
    }

    public MandateView get(long id) {
        return view(visible(id));
    }

    /** Whether the caller may draft a mandate for the neighbourhood (for offering the action). */
    public boolean mayDraftIn(long neighbourhoodId) {
        return access.mayDraftIn(Optional.ofNullable(em.find(Neighbourhood.class, neighbourhoodId))
                .orElseThrow(() -> new NotFoundException("Neighbourhood", neighbourhoodId)));
    }

    /** Whether the caller may change the mandate and take its steps (for offering them). */
    public boolean mayManage(long id) {
        return access.mayManage(visible(id));
    }

    /** Whether the caller may log feedback on the mandate (for offering the form). */
    public boolean mayLogFeedback(long id) {
        return access.mayLogFeedback(visible(id));
    }

    /** Every edition of the mandate, the first one first: the renewals before and after this one. */
    public List<MandateSummary> editions(long id) {
        Mandate mandate = visible(id);
        LinkedList<Mandate> editions = new LinkedList<>();
        for (Mandate m = mandate; m != null; m = m.getPrevious()) {
            editions.addFirst(m);
        }
        for (Optional<Mandate> next = next(mandate); next.isPresent(); next = next(next.get())) {
            editions.addLast(next.get());
        }
        return editions.stream().map(MandateSummary::of).toList();
    }

    public MandateView create(@NotNull @Valid MandateInput input) {
        Organisation employer = organisation(input.employerId(), "employerId");
        Organisation granting = organisation(input.grantingOrganisationId(), "grantingOrganisationId");
        Person holder = holder(input.holderId(), employer);
        Set<Neighbourhood> covered = neighbourhoods(input.neighbourhoodIds());
        access.requireMayManage(granting.getId(), covered);
        Mandate mandate = new Mandate(holder, employer, granting, input.validFrom());
        write(mandate, input, covered);
        em.persist(mandate);
        em.flush();
        MandateView created = view(mandate);
        auditTrail.created(Mandate.class, mandate.getId(), changes(null, created));
        return created;
    }

    public MandateView update(long id, @NotNull @Valid MandateInput input) {
        Mandate mandate = visible(id);
        access.requireMayManage(mandate);
        EditConflicts.requireCurrent(ENTITY, id, mandate.getVersion(), input.version());
        if (mandate.getStatus() == MandateStatus.ENDED) {
            throw new WrongStateException("Mandate " + id + " has ended and cannot be changed");
        }
        requireFixed("holderId", mandate.getHolder().getId(), input.holderId());
        requireFixed("employerId", mandate.getEmployer().getId(), input.employerId());
        requireFixed("grantingOrganisationId", mandate.getGrantingOrganisation().getId(), input.grantingOrganisationId());
        Set<Neighbourhood> covered = neighbourhoods(input.neighbourhoodIds());
        access.requireMayManage(mandate.getGrantingOrganisation().getId(), covered);
        MandateView before = view(mandate);
        write(mandate, input, covered);
        em.lock(mandate, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        EditConflicts.flush(em, ENTITY, id);
        MandateView after = view(mandate);
        auditTrail.updated(Mandate.class, id, changes(before, after));
        return after;
    }

    Mandate visible(long id) {
        Mandate mandate = Optional.ofNullable(em.find(Mandate.class, id)).orElseThrow(() -> new NotFoundException(ENTITY, id));
        access.requireMaySee(mandate);
        return mandate;
    }

    MandateView view(Mandate mandate) {
        return MandateView.of(mandate, next(mandate).map(Mandate::getId).orElse(null), dashboard.feedbackDue(mandate),
                dashboard.warningsOf(mandate));
    }

    Optional<Mandate> next(Mandate mandate) {
        return em.createNamedQuery("Mandate.findByPrevious", Mandate.class)
                .setParameter("previous", mandate)
                .getResultStream()
                .findFirst();
    }

    static FieldChanges changes(MandateView before, MandateView after) {
        return FieldChanges.between(MandateView.class, before, after, "id", "previousId", "nextId", "holderName",
                "employerName", "grantingOrganisationName", "lastFeedbackOn", "feedbackDueOn", "warnings", "version");
    }

    /** Writes the input over the mandate, after the checks that span several fields. */
    private static void write(Mandate mandate, MandateInput input, Set<Neighbourhood> covered) {
        if (input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            throw new InvalidInputException("validTo", "{zorgzame.period.endBeforeStart}");
        }
        if (input.hoursPerWeek() != null && input.fteShare() != null) {
            throw new InvalidInputException("fteShare", "{zorgzame.mandate.hoursOrFte}");
        }
        List<DegreeOfFreedom> freedoms = input.degreesOfFreedom().stream()
                .map(f -> new DegreeOfFreedom(f.area().strip(), f.level(), scaled(f.budgetLimit(), 2)))
                .toList();
        if (new HashSet<>(freedoms.stream().map(DegreeOfFreedom::getArea).toList()).size() < freedoms.size()) {
            throw new InvalidInputException("degreesOfFreedom", "{zorgzame.agreement.areaTwice}");
        }
        mandate.describe(input.function(), covered, Texts.blankToNull(input.scope()), freedoms);
        mandate.grant(input.grantingBody().strip(), input.decisionDate(), Texts.blankToNull(input.decisionReference()),
                Texts.blankToNull(input.decisionLink()));
        mandate.allotTime(scaled(input.hoursPerWeek(), 2), scaled(input.fteShare(), 3), scaled(input.daysPerMonth(), 1));
        mandate.arrangeFeedback(Texts.blankToNull(input.feedbackTo()), input.feedbackCadence(),
                Texts.blankToNull(input.feedbackForm()));
        mandate.setValidity(input.validFrom(), input.validTo());
    }

    /** As the database stores it, so that an unchanged amount is not audited as a change. */
    private static BigDecimal scaled(BigDecimal amount, int scale) {
        return amount == null ? null : amount.setScale(scale, RoundingMode.HALF_UP);
    }

    private static void requireFixed(String field, long current, Long requested) {
        if (!Objects.equals(current, requested)) {
            throw new InvalidInputException(field, "{zorgzame.mandate.fixed}");
        }
    }

    /** The holder must work for the employing organisation. */
    private Person holder(long personId, Organisation employer) {
        Person person = Optional.ofNullable(em.find(Person.class, personId))
                .orElseThrow(() -> new InvalidInputException("holderId", "{zorgzame.person.unknown}"));
        if (person.getAffiliations().stream().noneMatch(a -> a.getOrganisation().equals(employer))) {
            throw new InvalidInputException("holderId", "{zorgzame.mandate.holderNotAffiliated}");
        }
        return person;
    }

    private Organisation organisation(long id, String field) {
        return Optional.ofNullable(em.find(Organisation.class, id))
                .orElseThrow(() -> new InvalidInputException(field, "{zorgzame.organisation.unknown}"));
    }

    private Set<Neighbourhood> neighbourhoods(Set<Long> ids) {
        Set<Neighbourhood> neighbourhoods = new HashSet<>();
        for (long id : ids) {
            neighbourhoods.add(Optional.ofNullable(em.find(Neighbourhood.class, id))
                    .orElseThrow(() -> new InvalidInputException("neighbourhoodIds", "{zorgzame.neighbourhood.unknown}")));
        }
        return neighbourhoods;
    }
}
