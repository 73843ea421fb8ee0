package be.zorgzame.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a reminder once per object, kind and due date. The record is written (and its unique key
 * checked) before the mail goes out, so a second run or a second node does not send it again; when
 * sending fails the record is dropped and the next mailing tries again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReminderMails {

    private static final Logger LOG = Logger.getLogger(ReminderMails.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    public boolean isEnabled() {
        return mailer.isEnabled();
    }

    /** Whether the reminder went out now (false when it went out before, or failed). */
    public boolean sendOnce(String subjectType, long subjectId, String kind, LocalDate dueOn, Collection<String> to,
                            String subject, String body) {
        long earlier = em.createNamedQuery("SentMail.count", Long.class)
                .setParameter("subjectType", subjectType)
                .setParameter("subjectId", subjectId)
                .setParameter("kind", kind)
                .setParameter("dueOn", dueOn)
                .getSingleResult();
        if (earlier > 0 || to.isEmpty()) {
            return false;
        }
        SentMail record = new SentMail(subjectType, subjectId, kind, dueOn, String.join(",", to));
        em.persist(record);
        em.flush();
        try {
            mailer.send(to, subject, body);
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Reminder " + kind + " about " + subjectType + " " + subjectId
                    + " not sent; tried again at the next mailing", e);
            em.remove(record);
            return false;
        }
    }
}
