package be.zorgzame.privacy.boundary;

import be.zorgzame.agreements.entity.AgreementParty;
import be.zorgzame.agreements.entity.AgreementVersion;
import be.zorgzame.mandates.entity.Mandate;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.partners.boundary.AffiliationView;
import be.zorgzame.partners.boundary.PersonErasedException;
import be.zorgzame.partners.entity.Affiliation;
import be.zorgzame.partners.entity.Person;
import be.zorgzame.platform.audit.AuditEntry;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.audit.Redaction;
import be.zorgzame.platform.mail.SentMail;
import be.zorgzame.platform.problem.EditConflicts;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import be.zorgzame.privacy.control.PersonalData;
import be.zorgzame.privacy.entity.AccessKind;
import be.zorgzame.privacy.entity.PersonErasure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A contact person's rights as a data subject, for administrators only (they answer the requests):
 * the access report of everything held about them, and erasure by anonymisation. Erasure keeps the
 * person's row, so agreements, mandates and history still point at someone, but only at a placeholder;
 * it is one transaction, with the audit trail blanked of their values, their address taken out of the
 * sent-mail log, and the erasure recorded.
 */
@ApplicationScoped
@Transactional
public class DataSubjectService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PersonAccessLog accessLog;

    public DataSubjectReport report(long id) {
        currentUser.requireAnyOf(Role.ADMIN);
        Person person = load(id);
        accessLog.viewed(id, AccessKind.REPORT);
        List<Mandate> mandates = em.createQuery("SELECT m FROM Mandate m WHERE m.holder.id = :person ORDER BY m.id", Mandate.class)
                .setParameter("person", id)
                .getResultList();
        return new DataSubjectReport(LocalDateTime.now(ZoneOffset.UTC), currentUser.name(), subject(person),
                contactRoles(id), mandates.stream().map(DataSubjectService::held).toList(),
                mandates.stream().flatMap(m -> m.getFeedback().stream().map(f -> new DataSubjectReport.Feedback(
                        m.getId(), f.getHeldOn(), f.getNote(), f.getLoggedBy(), f.getLoggedAt()))).toList(),
                mails(person), auditItems(person), accessLog.reads(id), erasure(id).orElse(null));
    }

    /** Whether the person was erased already (the page then offers no second erasure). */
    public boolean isErased(long id) {
        currentUser.requireAnyOf(Role.ADMIN);
        return erasure(id).isPresent();
    }

    /** Anonymises the person (see {@link Person#erase}); refused for a person erased already. */
    public ErasureView erase(long id, @NotNull @Valid ErasureInput input) {
        currentUser.requireAnyOf(Role.ADMIN);
        Person person = load(id);
        if (erasure(id).isPresent()) {
            throw new PersonErasedException(id);
        }
        String reason = input.reason().strip();
        if (PersonalData.mentions(reason, person.getName(), person.getEmail(), person.getPhone())) {
            throw new InvalidInputException("reason", "{zorgzame.erasure.reasonHoldsPersonalData}");
        }
        int redacted = auditTrail.redact(Person.class, id, PersonalData.PERSON_FIELDS)
                + auditTrail.replaceEverywhere(person.getName(), PersonalData.placeholder(id))
                + replaceEverywhere(person.getEmail()) + replaceEverywhere(person.getPhone());
        forgetAddress(person.getEmail());
        person.erase(PersonalData.placeholder(id), PersonalData.ERASED_SOURCE);
        PersonErasure erasure = new PersonErasure(id, currentUser.name(), reason);
        em.persist(erasure);
        EditConflicts.flush(em, "Person", id);
        auditTrail.erased(Person.class, id, new FieldChanges().added("reason", reason)
                .added("auditEntriesRedacted", redacted));
        return new ErasureView(id, person.getName(), erasure.getErasedBy(), erasure.getErasedAt(), redacted);
    }

    private int replaceEverywhere(String value) {
        return value == null ? 0 : auditTrail.replaceEverywhere(value, Redaction.ERASED);
    }

    /** The sent-mail log keeps that a reminder went out, no longer to this address. */
    private void forgetAddress(String email) {
        if (email != null) {
            em.createQuery("SELECT m FROM SentMail m WHERE m.recipients LIKE :address", SentMail.class)
                    .setParameter("address", "%" + email + "%")
                    .getResultStream()
                    .forEach(m -> m.forgetRecipient(email, Redaction.ERASED));
        }
    }

    private DataSubjectReport.Subject subject(Person p) {
        return new DataSubjectReport.Subject(p.getId(), p.getName(), p.getEmail(), p.getPhone(), p.getSource(),
                p.getLegalBasis(), p.getAffiliations().stream().map(a -> new AffiliationView(a.getId(),
                        a.getOrganisation().getId(), a.getOrganisation().getName(), a.getFunction(), a.getValidFrom(),
                        a.getValidTo())).toList());
    }

    private List<DataSubjectReport.ContactRole> contactRoles(long id) {
        return em.createQuery("SELECT p FROM AgreementParty p WHERE p.contactPerson.id = :person ORDER BY p.id",
                        AgreementParty.class)
                .setParameter("person", id)
                .getResultStream()
                .map(p -> {
                    AgreementVersion v = p.getAgreementVersion();
                    return new DataSubjectReport.ContactRole(v.getAgreement().getId(), v.getNumber(), v.getTitle(),
                            v.getAgreement().getNeighbourhood().getName(), p.getOrganisation().getName(), v.getStatus());
                })
                .toList();
    }

    private static DataSubjectReport.MandateHeld held(Mandate m) {
        return new DataSubjectReport.MandateHeld(m.getId(), m.getEdition(), m.getStatus(), m.getFunction(),
                m.getEmployer().getName(), m.getGrantingOrganisation().getName(),
                m.getNeighbourhoods().stream().map(Neighbourhood::getName).sorted().toList(), m.getValidFrom(), m.getValidTo());
    }

    private List<DataSubjectReport.MailSent> mails(Person person) {
        if (person.getEmail() == null) {
            return List.of();
        }
        return em.createQuery("SELECT m.subjectType, m.subjectId, m.kind, m.dueOn, m.sentAt FROM SentMail m"
                        + " WHERE m.recipients LIKE :address ORDER BY m.sentAt", Object[].class)
                .setParameter("address", "%" + person.getEmail() + "%")
                .getResultStream()
                .map(row -> new DataSubjectReport.MailSent((String) row[0], ((Number) row[1]).longValue(), (String) row[2],
                        (LocalDate) row[3], (LocalDateTime) row[4]))
                .toList();
    }

    /** The trail of the person and of every affiliation they had, the removed ones found by their creation entry. */
    private List<DataSubjectReport.AuditItem> auditItems(Person person) {
        TreeSet<String> affiliations = new TreeSet<>();
        person.getAffiliations().forEach(a -> affiliations.add(String.valueOf(a.getId())));
        auditTrail.mentioning(Affiliation.class, PersonalData.affiliationOf(person.getId()))
                .forEach(e -> affiliations.add(e.getEntityId()));
        Stream<AuditEntry> ofAffiliations = affiliations.isEmpty() ? Stream.empty()
                : auditTrail.history(Affiliation.class.getSimpleName(), affiliations).stream();
        return Stream.concat(auditTrail.history(Person.class.getSimpleName(), List.of(String.valueOf(person.getId()))).stream(),
                        ofAffiliations)
                .sorted(Comparator.comparing(AuditEntry::getId))
                .map(e -> new DataSubjectReport.AuditItem(e.getId(), e.getOccurredAt(), e.getActor(), e.getEntityType(),
                        e.getEntityId(), e.getAction(), e.getChanges()))
                .toList();
    }

    private Optional<DataSubjectReport.Erasure> erasure(long id) {
        return Optional.ofNullable(em.find(PersonErasure.class, id))
                .map(e -> new DataSubjectReport.Erasure(e.getErasedBy(), e.getErasedAt(), e.getReason()));
    }

    private Person load(long id) {
        return Optional.ofNullable(em.find(Person.class, id)).orElseThrow(() -> new NotFoundException("Person", id));
    }
}
