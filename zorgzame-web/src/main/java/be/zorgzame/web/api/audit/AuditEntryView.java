package be.zorgzame.web.api.audit;

import be.zorgzame.platform.audit.AuditEntry;
import java.time.LocalDateTime;

/** One audit entry, its time in UTC; {@code changes} is the JSON text of the changed fields. */
public record AuditEntryView(long id, LocalDateTime occurredAt, String actor, String entityType, String entityId,
                             String action, String changes) {

    public static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getEntityType(), e.getEntityId(),
                e.getAction().name(), e.getChanges());
    }
}
