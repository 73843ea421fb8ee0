package be.zorgzame.agreements.boundary;

import be.zorgzame.agreements.control.AgreementChecks;
import be.zorgzame.agreements.control.AgreementTemplate;
import be.zorgzame.agreements.control.AgreementWarning;
import be.zorgzame.agreements.entity.Agreement;
import be.zorgzame.agreements.entity.AgreementParty;
import be.zorgzame.agreements.entity.AgreementStatus;
import be.zorgzame.agreements.entity.AgreementVersion;
import be.zorgzame.agreements.entity.CoordinationBody;
import be.zorgzame.agreements.entity.PartyRole;
import be.zorgzame.agreements.entity.SignOff;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.partners.entity.Involvement;
import be.zorgzame.partners.entity.InvolvementRole;
import be.zorgzame.partners.entity.Organisation;
import be.zorgzame.partners.entity.Person;
import be.zorgzame.platform.audit.AuditEntry;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.EditConflicts;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.problem.WrongStateException;
import be.zorgzame.platform.query.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drafts agreements and shows them. A new agreement starts as draft version 1; only a draft can be
 * changed, always as a whole and from the version the editor read. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class AgreementService {

    static final String ENTITY = "AgreementVersion";

    @PersistenceContext
    EntityManager em;

    @Inject
    AgreementAccess access;

    @Inject
    AuditTrail auditTrail;

    /** The agreements the caller may see, of one neighbourhood or of all, newest first. */
    public List<AgreementSummary> list(Long neighbourhoodId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Agreement> query = cb.createQuery(Agreement.class);
        Root<Agreement> agreement = query.from(Agreement.class);
        List<Predicate> predicates = new ArrayList<>();
        if (neighbourhoodId != null) {
            predicates.add(cb.equal(agreement.get("neighbourhood").get("id"), neighbourhoodId));
        }
        access.onlyThoseOfOrganisation().ifPresent(organisation -> {
            Subquery<Long> party = query.subquery(Long.class);
            Root<AgreementParty> p = party.from(AgreementParty.class);
            party.select(p.get("id")).where(cb.equal(p.get("agreementVersion").get("agreement"), agreement),
                    cb.equal(p.get("organisation").get("id"), organisation));
            predicates.add(cb.exists(party));
        });
        query.where(predicates.toArray(Predicate[]::new)).orderBy(cb.desc(agreement.get("id")));
        return em.createQuery(query).getResultStream().map(AgreementSummary::of).toList();
    }

    public AgreementVersionView latest(long agreementId) {
        Agreement agreement = visible(agreementId);
        return view(agreement.latest());
    }

    public AgreementVersionView version(long agreementId, int number) {
        return view(numbered(visible(agreementId), number));
    }

    /** Every version of the agreement, oldest first (for the history and the differences between versions). */
    public List<AgreementVersionView> versions(long agreementId) {
        return visible(agreementId).getVersions().stream().map(this::view).toList();
    }

    /** What changed from one version to another: parties, roles, tasks, decision rights, contributions, bodies. */
    public List<VersionDifference> differences(long agreementId, int from, int to) {
        Agreement agreement = visible(agreementId);
        return VersionDifferences.between(view(numbered(agreement, from)), view(numbered(agreement, to)));
    }

    /** Who changed what, oldest first: every version's edits and steps, and every sign-off. */
    public List<AuditEntry> history(long agreementId) {
        Agreement agreement = visible(agreementId);
        List<AuditEntry> entries = new ArrayList<>(auditTrail.history(AgreementVersion.class.getSimpleName(),
                agreement.getVersions().stream().map(v -> String.valueOf(v.getId())).toList()));
        List<String> signOffs = agreement.getVersions().stream().flatMap(v -> v.getSignOffs().stream())
                .map(s -> String.valueOf(s.getId())).toList();
        if (!signOffs.isEmpty()) {
            entries.addAll(auditTrail.history(SignOff.class.getSimpleName(), signOffs));
        }
        entries.sort(Comparator.comparing(AuditEntry::getOccurredAt).thenComparing(AuditEntry::getId));
        return entries;
    }

    /**
     * The organisations taking part in the neighbourhood today, by name: the parties a drafter can
     * add without searching the registry (which partner staff cannot).
     */
    public Map<Long, String> candidateParties(long neighbourhoodId) {
        access.requireMayDraft(neighbourhood(neighbourhoodId));
        LocalDate today = LocalDate.now();
        return em.createNamedQuery("Involvement.findByNeighbourhood", Involvement.class)
                .setParameter("neighbourhood", neighbourhoodId)
                .getResultStream()
                .filter(i -> i.isValidOn(today))
                .map(Involvement::getOrganisation)
                .sorted(Comparator.comparing(Organisation::getName))
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName, (a, b) -> a, LinkedHashMap::new));
    }

    /** Whether the caller may draft and edit agreements of the neighbourhood (for offering the action). */
    public boolean mayDraft(long neighbourhoodId) {
        try {
            access.requireMayDraft(neighbourhood(neighbourhoodId));
            return true;
        } catch (ForbiddenException e) {
            return false;
        }
    }

    /**
     * A first draft from the shipped template: its decision areas and bodies, and the organisations
     * involved in the neighbourhood today as parties (the regie actor with the regie role).
     */
    public AgreementInput template(long neighbourhoodId, Locale locale) {
        Neighbourhood neighbourhood = neighbourhood(neighbourhoodId);
        access.requireMayDraft(neighbourhood);
        AgreementTemplate template = AgreementTemplate.in(locale, neighbourhood.getName());
        LocalDate today = LocalDate.now();
        List<PartyInput> parties = em.createNamedQuery("Involvement.findByNeighbourhood", Involvement.class)
                .setParameter("neighbourhood", neighbourhoodId)
                .getResultStream()
                .filter(i -> i.isValidOn(today))
                .map(i -> new PartyInput(i.getOrganisation().getId(),
                        Set.of(i.getRole() == InvolvementRole.REGIE_ACTOR ? PartyRole.REGIE : PartyRole.EXECUTING),
                        i.getContribution(), Map.of(), null, null, null, null, null))
                .collect(Collectors.toMap(PartyInput::organisationId, p -> p, (first, second) -> first,
                        LinkedHashMap::new))
                .values().stream().toList();
        List<BodyInput> bodies = template.bodies().stream()
                .map(b -> new BodyInput(b.name(), b.kind(), b.cadence(), Set.of()))
                .toList();
        return new AgreementInput(neighbourhoodId, template.title(), template.purpose(), today, null, today.plusYears(1),
                template.escalationRoute(), template.decisionAreas(), parties, bodies, null);
    }

    public AgreementVersionView create(@NotNull @Valid AgreementInput input) {
        Neighbourhood neighbourhood = neighbourhood(input.neighbourhoodId());
        access.requireMayDraft(neighbourhood);
        Agreement agreement = new Agreement(neighbourhood);
        AgreementVersion draft = agreement.newVersion(input.title().strip());
        write(draft, input);
        em.persist(agreement);
        em.flush();
        AgreementVersionView created = view(draft);
        auditTrail.created(AgreementVersion.class, draft.getId(), changes(null, created));
        return created;
    }

    public AgreementVersionView update(long agreementId, int number, @NotNull @Valid AgreementInput input) {
        Agreement agreement = visible(agreementId);
        access.requireMayDraft(agreement.getNeighbourhood());
        AgreementVersion draft = numbered(agreement, number);
        if (!input.neighbourhoodId().equals(agreement.getNeighbourhood().getId())) {
            throw new InvalidInputException("neighbourhoodId", "{zorgzame.agreement.neighbourhoodFixed}");
        }
        EditConflicts.requireCurrent(ENTITY, draft.getId(), draft.getVersion(), input.version());
        if (draft.getStatus() != AgreementStatus.DRAFT) {
            throw new WrongStateException("Version " + number + " of agreement " + agreementId + " is " + draft.getStatus()
                    + "; only a draft can be changed");
        }
        AgreementVersionView before = view(draft);
        write(draft, input);
        EditConflicts.flush(em, ENTITY, draft.getId());
        AgreementVersionView after = view(draft);
        auditTrail.updated(AgreementVersion.class, draft.getId(), changes(before, after));
        return after;
    }

    Agreement visible(long agreementId) {
        Agreement agreement = Optional.ofNullable(em.find(Agreement.class, agreementId))
                .orElseThrow(() -> new NotFoundException("Agreement", agreementId));
        access.requireMaySee(agreement);
        return agreement;
    }

    static AgreementVersion numbered(Agreement agreement, int number) {
        return agreement.version(number).orElseThrow(() -> new NotFoundException(ENTITY, agreement.getId() + "/" + number));
    }

    AgreementVersionView view(AgreementVersion version) {
        return AgreementVersionView.of(version, warnings(version));
    }

    static FieldChanges changes(AgreementVersionView before, AgreementVersionView after) {
        return FieldChanges.between(AgreementVersionView.class, before, after,
                "agreementId", "neighbourhoodId", "neighbourhoodName", "warnings", "signOffs", "version");
    }

    private List<AgreementWarning> warnings(AgreementVersion version) {
        Set<Long> involved = new HashSet<>(em.createQuery(
                        "SELECT DISTINCT i.organisation.id FROM Involvement i WHERE i.neighbourhood = :neighbourhood", Long.class)
                .setParameter("neighbourhood", version.getAgreement().getNeighbourhood())
                .getResultList());
        List<AgreementChecks.Party> parties = version.getParties().stream()
                .map(p -> new AgreementChecks.Party(p.getOrganisation().getId(), p.getOrganisation().getName(), p.getRoles(),
                        p.getTasks(), p.getDecisionRights(), p.getContactPerson() != null))
                .toList();
        return AgreementChecks.of(version.getReviewDate(), version.getDecisionAreas(), parties, involved);
    }

    /** Writes the input over the draft, after the checks that span several fields. */
    void write(AgreementVersion draft, AgreementInput input) {
        if (input.validFrom() != null && input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            throw new InvalidInputException("validTo", "{zorgzame.period.endBeforeStart}");
        }
        List<String> areas = input.decisionAreas().stream().map(String::strip).toList();
        if (new HashSet<>(areas).size() < areas.size()) {
            throw new InvalidInputException("decisionAreas", "{zorgzame.agreement.areaTwice}");
        }
        draft.describe(input.title().strip(), Texts.blankToNull(input.purpose()), input.validFrom(), input.validTo(),
                input.reviewDate(), Texts.blankToNull(input.escalationRoute()), areas);

        Map<Long, AgreementParty> existing = new HashMap<>();
        draft.getParties().forEach(p -> existing.put(p.getOrganisation().getId(), p));
        List<AgreementParty> parties = new ArrayList<>();
        Set<Long> organisations = new HashSet<>();
        for (int i = 0; i < input.parties().size(); i++) {
            PartyInput in = input.parties().get(i);
            String field = "parties[" + i + "].";
            if (!organisations.add(in.organisationId())) {
                throw new InvalidInputException(field + "organisationId", "{zorgzame.agreement.partyTwice}");
            }
            Organisation organisation = Optional.ofNullable(em.find(Organisation.class, in.organisationId()))
                    .orElseThrow(() -> new InvalidInputException(field + "organisationId", "{zorgzame.organisation.unknown}"));
            if (!areas.containsAll(in.decisionRights().keySet())) {
                throw new InvalidInputException(field + "decisionRights", "{zorgzame.agreement.unknownArea}");
            }
            AgreementParty party = existing.containsKey(in.organisationId()) ? existing.get(in.organisationId())
                    : draft.newParty(organisation);
            party.describe(in.roles(), Texts.blankToNull(in.tasks()), in.decisionRights(),
                    contact(in.contactPersonId(), organisation, field + "contactPersonId"));
            party.contribute(in.hoursPerWeek(), in.budgetPerYear(), Texts.blankToNull(in.space()), Texts.blankToNull(in.material()));
            parties.add(party);
        }
        draft.setParties(parties);

        List<CoordinationBody> bodies = new ArrayList<>();
        for (int i = 0; i < input.bodies().size(); i++) {
            BodyInput in = input.bodies().get(i);
            if (!organisations.containsAll(in.memberOrganisationIds())) {
                throw new InvalidInputException("bodies[" + i + "].memberOrganisationIds", "{zorgzame.agreement.memberNotParty}");
            }
            CoordinationBody body = draft.newBody(in.name().strip(), in.kind());
            body.meet(Texts.blankToNull(in.cadence()), in.memberOrganisationIds());
            bodies.add(body);
        }
        draft.setBodies(bodies);
    }

    /** The party's contact person must work for that party. */
    private Person contact(Long personId, Organisation organisation, String field) {
        if (personId == null) {
            return null;
        }
        Person person = em.find(Person.class, personId);
        if (person == null || person.getAffiliations().stream().noneMatch(a -> a.getOrganisation().equals(organisation))) {
            throw new InvalidInputException(field, "{zorgzame.agreement.contactNotAffiliated}");
        }
        return person;
    }

    private Neighbourhood neighbourhood(long id) {
        return Optional.ofNullable(em.find(Neighbourhood.class, id))
                .orElseThrow(() -> new InvalidInputException("neighbourhoodId", "{zorgzame.neighbourhood.unknown}"));
    }
}
