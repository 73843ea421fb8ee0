package be.zorgzame.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One change to an audited object: who, when (UTC), what, and which fields. Never deleted, and never
 * updated but to blank the personal values of an erased person ({@link AuditTrail#redact},
 * {@link AuditTrail#replaceEverywhere}).
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.findByEntity",
        query = "SELECT a FROM AuditEntry a WHERE a.entityType = :entityType AND a.entityId = :entityId ORDER BY a.id")
@NamedQuery(name = "AuditEntry.findByEntities",
        query = "SELECT a FROM AuditEntry a WHERE a.entityType = :entityType AND a.entityId IN :entityIds ORDER BY a.id")
@NamedQuery(name = "AuditEntry.findByTypeMentioning",
        query = "SELECT a FROM AuditEntry a WHERE a.entityType = :entityType AND a.changes LIKE :text ORDER BY a.id")
@NamedQuery(name = "AuditEntry.findMentioning", query = "SELECT a FROM AuditEntry a WHERE a.changes LIKE :text ORDER BY a.id")
@NamedQuery(name = "AuditEntry.findLatest", query = "SELECT a FROM AuditEntry a ORDER BY a.id DESC")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int CHANGES_LENGTH = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 100)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 100)
    private String entityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditAction action;

    @Column(length = CHANGES_LENGTH)
    private String changes;

    protected AuditEntry() {
    }

    AuditEntry(String actor, String entityType, String entityId, AuditAction action, String changes) {
        this.occurredAt = LocalDateTime.now(ZoneOffset.UTC);
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.changes = changes;
    }

    void redact(String redactedChanges) {
        this.changes = redactedChanges;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getChanges() {
        return changes;
    }
}
