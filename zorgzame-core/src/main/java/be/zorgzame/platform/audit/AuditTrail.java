package be.zorgzame.platform.audit;

import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the audit trail. {@link Transactional.TxType#MANDATORY} makes the entry part of the very
 * transaction that makes the change: both are stored, or neither.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(Class<?> entityType, Object id, FieldChanges changes) {
        record(entityType, id, AuditAction.CREATED, changes);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(Class<?> entityType, Object id, FieldChanges changes) {
        if (!changes.isEmpty()) {
            record(entityType, id, AuditAction.UPDATED, changes);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(Class<?> entityType, Object id, FieldChanges changes) {
        record(entityType, id, AuditAction.DELETED, changes);
    }

    /** That an object's personal data were erased; the changes must not hold the erased values. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(Class<?> entityType, Object id, FieldChanges changes) {
        record(entityType, id, AuditAction.ERASED, changes);
    }

    /**
     * Blanks the values of these fields in every entry about the object (see {@link Redaction}), in the
     * transaction of the erasure; answers how many entries were changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int redact(Class<?> entityType, Object id, Set<String> fields) {
        int redacted = 0;
        for (AuditEntry entry : history(entityType.getSimpleName(), List.of(String.valueOf(id)))) {
            String blanked = Redaction.of(entry.getChanges(), fields);
            if (!Objects.equals(blanked, entry.getChanges())) {
                entry.redact(blanked);
                redacted++;
            }
        }
        return redacted;
    }

    /**
     * Replaces a text, where it stands as a whole (not inside a longer word), in the changes of every
     * entry, of whatever object (an erased person's name in the snapshot of an agreement that named them
     * as contact), in the transaction of the erasure; answers how many entries were changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int replaceEverywhere(String text, String replacement) {
        int replaced = 0;
        for (AuditEntry entry : em.createNamedQuery("AuditEntry.findMentioning", AuditEntry.class)
                .setParameter("text", "%" + text + "%")
                .getResultList()) {
            String changed = Redaction.replaceWhole(entry.getChanges(), text, replacement);
            if (!changed.equals(entry.getChanges())) {
                entry.redact(changed);
                replaced++;
            }
        }
        return replaced;
    }

    /**
     * The entries about objects of one type whose changes hold this exact text (a field with a value, as
     * {@link FieldChanges#toJson()} writes it, no wildcards): how a person's removed affiliations are found again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AuditEntry> mentioning(Class<?> entityType, String text) {
        return em.createNamedQuery("AuditEntry.findByTypeMentioning", AuditEntry.class)
                .setParameter("entityType", entityType.getSimpleName())
                .setParameter("text", "%" + text + "%")
                .getResultList();
    }

    @Transactional
    public List<AuditEntry> history(String entityType, String entityId) {
        currentUser.requireAnyOf(Role.ADMIN);
        return em.createNamedQuery("AuditEntry.findByEntity", AuditEntry.class)
                .setParameter("entityType", entityType)
                .setParameter("entityId", entityId)
                .getResultList();
    }

    /**
     * The history of several objects of one type, as one (a registry entry and those merged into it).
     * For services that show a history to more than administrators: they decide who may read it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AuditEntry> history(String entityType, Collection<String> entityIds) {
        return em.createNamedQuery("AuditEntry.findByEntities", AuditEntry.class)
                .setParameter("entityType", entityType)
                .setParameter("entityIds", entityIds)
                .getResultList();
    }

    @Transactional
    public List<AuditEntry> latest(@Min(0) int first, @Min(1) @Max(500) int max) {
        currentUser.requireAnyOf(Role.ADMIN);
        return em.createNamedQuery("AuditEntry.findLatest", AuditEntry.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    private void record(Class<?> entityType, Object id, AuditAction action, FieldChanges changes) {
        String json = changes.toJson();
        if (json.length() > AuditEntry.CHANGES_LENGTH) {
            json = new FieldChanges().added("fields", String.join(",", changes.fields())).toJson();
        }
        em.persist(new AuditEntry(currentUser.name(), entityType.getSimpleName(), String.valueOf(id), action, json));
    }
}
