package be.zorgzame.privacy.boundary;

import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.mail.SentMail;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import be.zorgzame.privacy.entity.PersonAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Removes the personal data whose retention period ran out: reads in the access log and mails in the
 * sent-mail log (they hold addresses). A reminder's record goes only long after its due date; one still
 * due then (an ended mandate nobody closed) is mailed once more, which is a fair reminder. The audit trail
 * and the server log record how many records went, never which.
 */
@ApplicationScoped
@Transactional
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.PRIVACY_ACCESS_LOG_RETENTION_MONTHS, defaultValue = "24")
    int accessLogMonths;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.PRIVACY_SENT_MAIL_RETENTION_MONTHS, defaultValue = "24")
    int sentMailMonths;

    /** Purges now (the nightly schedule, or an administrator); answers how many records went per category. */
    public PurgeResult purge() {
        currentUser.requireAnyOf(Role.ADMIN);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int reads = em.createQuery("DELETE FROM PersonAccess a WHERE a.accessedAt < :before")
                .setParameter("before", now.minusMonths(accessLogMonths))
                .executeUpdate();
        int mails = em.createQuery("DELETE FROM SentMail m WHERE m.sentAt < :before")
                .setParameter("before", now.minusMonths(sentMailMonths))
                .executeUpdate();
        record(PersonAccess.class, reads, accessLogMonths);
        record(SentMail.class, mails, sentMailMonths);
        return new PurgeResult(reads, mails);
    }

    private void record(Class<?> category, int removed, int months) {
        if (removed > 0) {
            auditTrail.deleted(category, "retention", new FieldChanges().removed("records", removed)
                    .added("retentionMonths", months));
            LOG.info(() -> "Purged " + removed + " " + category.getSimpleName() + " records older than " + months + " months");
        }
    }

    /** How many records each purge removed. */
    public record PurgeResult(int accessLogReads, int sentMails) {
    }
}
