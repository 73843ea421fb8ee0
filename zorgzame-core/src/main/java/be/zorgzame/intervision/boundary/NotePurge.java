package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.entity.IntervisionSession;
import be.zorgzame.intervision.entity.SessionNote;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Removes the confidential texts of sessions older than the retention period. The audit trail and the
 * server log record how many texts of which session were removed, never what they said.
 */
@ApplicationScoped
@Transactional
public class NotePurge {

    private static final Logger LOG = Logger.getLogger(NotePurge.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.INTERVISION_NOTE_RETENTION_MONTHS, defaultValue = "12")
    int retentionMonths;

    /** Purges now (the daily schedule, or an administrator); returns how many texts were removed. */
    public int purge() {
        currentUser.requireAnyOf(Role.ADMIN);
        LocalDateTime before = RegistrationService.now().minusMonths(retentionMonths);
        Map<IntervisionSession, List<SessionNote>> bySession = em.createNamedQuery("SessionNote.findOfSessionsBefore", SessionNote.class)
                .setParameter("before", before)
                .getResultStream()
                .collect(Collectors.groupingBy(SessionNote::getSession));
        bySession.forEach((session, notes) -> {
            notes.forEach(em::remove);
            auditTrail.deleted(SessionNote.class, "session-" + session.getId(), new FieldChanges()
                    .removed("notes", notes.size()).added("retentionMonths", retentionMonths));
            LOG.info(() -> "Purged " + notes.size() + " confidential texts of intervision session " + session.getId()
                    + " (retention " + retentionMonths + " months)");
        });
        return bySession.values().stream().mapToInt(List::size).sum();
    }
}
