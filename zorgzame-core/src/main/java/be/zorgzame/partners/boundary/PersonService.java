package be.zorgzame.partners.boundary;

import be.zorgzame.partners.entity.Affiliation;
import be.zorgzame.partners.entity.Organisation;
import be.zorgzame.partners.entity.Person;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.EditConflicts;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.query.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * Keeps the contact persons of partner organisations. A person is visible to a partner user only
 * through an affiliation with the partner's own organisation, and then only that affiliation; so a
 * partner never reads another organisation's contact persons. Every change is audited; an erased
 * person is changed no more.
 */
@ApplicationScoped
@Transactional
public class PersonService {

    private static final String ENTITY = "Person";

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryAccess access;

    @Inject
    AuditTrail auditTrail;

    /** The people of one organisation, by name. */
    public List<PersonView> ofOrganisation(long organisationId) {
        access.requireMaySee(organisationId);
        organisation(organisationId);
        LongPredicate visible = access.visibility();
        return em.createNamedQuery("Affiliation.findByOrganisation", Affiliation.class)
                .setParameter("organisation", organisationId)
                .getResultStream()
                .map(affiliation -> PersonView.of(affiliation.getPerson(), visible))
                .toList();
    }

    public PersonView get(long id) {
        Person person = load(id);
        requireMaySee(person);
        return view(person);
    }

    /** Registers a person for an organisation, with their function there. */
    public PersonView register(long organisationId, @NotNull @Valid PersonInput input) {
        access.requireMayChange(organisationId);
        Organisation organisation = organisation(organisationId);
        Person person = new Person(input.name().strip(), input.source().strip(), input.legalBasis());
        describe(person, input);
        Affiliation affiliation = person.affiliateWith(organisation, Texts.blankToNull(input.function()));
        em.persist(person);
        em.flush();
        PersonView created = view(person);
        auditTrail.created(Person.class, created.id(), changes(null, created));
        auditTrail.created(Affiliation.class, affiliation.getId(), new FieldChanges()
                .added("person", created.id()).added("organisation", organisationId).added("function", affiliation.getFunction()));
        return created;
    }

    public PersonView update(long id, @NotNull @Valid PersonInput input) {
        Person person = load(id);
        requireMayChange(person);
        requireNotErased(person);
        EditConflicts.requireCurrent(ENTITY, id, person.getVersion(), input.version());
        PersonView before = view(person);
        describe(person, input);
        EditConflicts.flush(em, ENTITY, id);
        PersonView after = view(person);
        auditTrail.updated(Person.class, id, changes(before, after));
        return after;
    }

    /** Changes a person as a contact of one organisation: their details and their function there. */
    public PersonView updateIn(long organisationId, long id, @NotNull @Valid PersonInput input) {
        PersonView updated = update(id, input);
        Affiliation affiliation = load(id).getAffiliations().stream()
                .filter(a -> a.getOrganisation().getId() == organisationId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Affiliation", organisationId));
        String function = Texts.blankToNull(input.function());
        FieldChanges changes = new FieldChanges().compare("function", affiliation.getFunction(), function);
        if (!changes.isEmpty()) {
            affiliation.changeFunction(function);
            auditTrail.updated(Affiliation.class, affiliation.getId(), changes);
            return view(load(id));
        }
        return updated;
    }

    /** Adds an affiliation with another organisation (the caller must be allowed to change that one). */
    public PersonView affiliate(long id, @NotNull AffiliationInput input) {
        if (input.organisationId() == null) {
            throw new InvalidInputException("organisationId", "{jakarta.validation.constraints.NotNull.message}");
        }
        if (input.function() != null && input.function().length() > Affiliation.FUNCTION_LENGTH) {
            throw new InvalidInputException("function", "{zorgzame.function.tooLong}");
        }
        long organisationId = input.organisationId();
        Person person = load(id);
        requireMayChange(person);
        requireNotErased(person);
        access.requireMayChange(organisationId);
        Affiliation affiliation = person.affiliateWith(organisation(organisationId), Texts.blankToNull(input.function()));
        em.flush();
        auditTrail.created(Affiliation.class, affiliation.getId(), new FieldChanges()
                .added("person", id).added("organisation", organisationId).added("function", affiliation.getFunction()));
        return view(person);
    }

    /** Ends a person's affiliation; a person left without any is removed with it. */
    public void removeAffiliation(long id, long affiliationId) {
        Person person = load(id);
        Affiliation affiliation = person.getAffiliations().stream()
                .filter(a -> a.getId() == affiliationId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Affiliation", affiliationId));
        access.requireMayChange(affiliation.getOrganisation().getId());
        requireNotErased(person);
        person.removeAffiliation(affiliation);
        auditTrail.deleted(Affiliation.class, affiliationId, new FieldChanges()
                .removed("person", id).removed("organisation", affiliation.getOrganisation().getId())
                .removed("function", affiliation.getFunction()));
        if (person.getAffiliations().isEmpty()) {
            FieldChanges removed = changes(view(person), null);
            em.remove(person);
            auditTrail.deleted(Person.class, id, removed);
        }
    }

    private void requireMaySee(Person person) {
        if (!access.seesWholeRegistry() && visibleAffiliations(person).isEmpty()) {
            throw new ForbiddenException("person " + person.getId() + " is not in the caller's organisation");
        }
    }

    private void requireMayChange(Person person) {
        if (!access.managesRegistry() && person.getAffiliations().stream()
                .noneMatch(a -> access.mayChange(a.getOrganisation().getId()))) {
            throw new ForbiddenException("person " + person.getId() + " is not in the caller's organisation");
        }
    }

    private static void requireNotErased(Person person) {
        if (person.isErased()) {
            throw new PersonErasedException(person.getId());
        }
    }

    private List<Affiliation> visibleAffiliations(Person person) {
        LongPredicate visible = access.visibility();
        return person.getAffiliations().stream().filter(a -> visible.test(a.getOrganisation().getId())).toList();
    }

    private PersonView view(Person person) {
        return PersonView.of(person, access.visibility());
    }

    private static void describe(Person person, PersonInput input) {
        person.describe(input.name().strip(), Texts.blankToNull(input.email()), Texts.blankToNull(input.phone()),
                input.source().strip(), input.legalBasis());
    }

    private Person load(long id) {
        return Optional.ofNullable(em.find(Person.class, id)).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private Organisation organisation(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id))
                .orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    private static FieldChanges changes(PersonView before, PersonView after) {
        return FieldChanges.between(PersonView.class, before, after, "id", "version", "affiliations");
    }
}
