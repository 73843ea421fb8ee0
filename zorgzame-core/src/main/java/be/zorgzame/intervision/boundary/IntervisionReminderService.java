package be.zorgzame.intervision.boundary;

import be.zorgzame.intervision.control.IntervisionMail;
import be.zorgzame.intervision.control.IntervisionMail.Kind;
import be.zorgzame.intervision.control.SessionOutline;
import be.zorgzame.intervision.entity.GroupMember;
import be.zorgzame.intervision.entity.IntervisionGroup;
import be.zorgzame.intervision.entity.IntervisionSession;
import be.zorgzame.intervision.entity.Registration;
import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.mail.MailingDay;
import be.zorgzame.platform.mail.ReminderMails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails intervision members on their group's schedule: the confided members some days ahead to prepare,
 * the case bringer to circulate the case (and the others that a case is coming), and the registered members
 * the day before; the registered members also after every change or cancellation. Each mail goes to one
 * member (members of different organisations do not see each other's addresses), only to members with an
 * address, and once: per member, session and due day, or per member and sequence number for changes.
 */
@ApplicationScoped
@Transactional
public class IntervisionReminderService {

    private static final Logger LOG = Logger.getLogger(IntervisionReminderService.class.getName());
    private static final String SUBJECT_TYPE = IntervisionSession.class.getSimpleName();
    /** The longest preparation period a group may choose (see {@link GroupInput}). */
    private static final int LONGEST_LEAD_DAYS = 120;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReminderMails mails;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.MAIL_LANGUAGE, defaultValue = "nl")
    String mailLanguage;

    void onMailingDay(@Observes MailingDay day) {
        mailDue(day.date());
    }

    /** Tells the registered members right after the change is committed; the daily mailing retries a failure. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onSessionChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionChanged change) {
        if (mails.isEnabled()) {
            Optional.ofNullable(em.find(IntervisionSession.class, change.sessionId())).ifPresent(this::mailChange);
        }
    }

    /** Mails the reminders due on a day that were not mailed before; returns how many mails went out. */
    public int mailDue(LocalDate today) {
        if (!mails.isEnabled()) {
            return 0;
        }
        int sent = 0;
        for (IntervisionSession session : em.createNamedQuery("IntervisionSession.findPlannedBetween", IntervisionSession.class)
                .setParameter("from", today.plusDays(1).atStartOfDay())
                .setParameter("to", today.plusDays(LONGEST_LEAD_DAYS + 1L).atStartOfDay())
                .getResultList()) {
            sent += remind(session, today);
        }
        for (IntervisionSession session : em.createQuery("SELECT s FROM IntervisionSession s"
                        + " WHERE s.sequenceNumber > 0 AND s.startsAt >= :from", IntervisionSession.class)
                .setParameter("from", today.atStartOfDay())
                .getResultList()) {
            sent += mailChange(session);
        }
        LOG.log(Level.INFO, "{0} intervision reminder(s) mailed", sent);
        return sent;
    }

    private int remind(IntervisionSession session, LocalDate today) {
        IntervisionGroup group = session.getGroup();
        LocalDate day = session.getStartsAt().toLocalDate();
        int sent = 0;
        if (isDue(group.getPreparationDays(), day, today)) {
            for (GroupMember member : confided(group)) {
                sent += mail(session, member, Kind.PREPARATION, Kind.PREPARATION.name(), today);
            }
        }
        Optional<GroupMember> caseBringer = session.getCaseBringer().filter(GroupMember::isConfided);
        if (isDue(group.getCaseDays(), day, today) && caseBringer.isPresent()) {
            for (GroupMember member : confided(group)) {
                Kind kind = member.getId().equals(caseBringer.get().getId()) ? Kind.CASE_BRINGER : Kind.CASE_COMING;
                sent += mail(session, member, kind, kind.name(), today);
            }
        }
        if (group.isEveReminder() && day.minusDays(1).equals(today)) {
            for (GroupMember member : registered(session)) {
                sent += mail(session, member, Kind.EVE, Kind.EVE.name(), today);
            }
        }
        return sent;
    }

    /** Once per sequence number: a later change is a new mail, running the mailing again is not. */
    private int mailChange(IntervisionSession session) {
        Kind kind = session.isCancelled() ? Kind.CANCELLED : Kind.CHANGED;
        int sent = 0;
        for (GroupMember member : registered(session)) {
            sent += mail(session, member, kind, kind.name() + "_" + session.getSequenceNumber(),
                    session.getChangedAt().toLocalDate());
        }
        return sent;
    }

    private static boolean isDue(Integer daysAhead, LocalDate sessionDay, LocalDate today) {
        return daysAhead != null && sessionDay.minusDays(daysAhead).equals(today);
    }

    private int mail(IntervisionSession session, GroupMember member, Kind kind, String key, LocalDate dueOn) {
        IntervisionMail mail = IntervisionMail.of(kind, member.getDisplayName(), SessionOutline.of(session),
                Locale.forLanguageTag(mailLanguage));
        return mails.sendOnce(SUBJECT_TYPE, session.getId(), key + ":" + member.getId(), dueOn, List.of(member.getEmail()),
                mail.subject(), mail.body()) ? 1 : 0;
    }

    private List<GroupMember> confided(IntervisionGroup group) {
        return em.createNamedQuery("GroupMember.findByGroup", GroupMember.class)
                .setParameter("group", group)
                .getResultStream()
                .filter(member -> member.isConfided() && member.getEmail() != null)
                .toList();
    }

    private List<GroupMember> registered(IntervisionSession session) {
        return em.createNamedQuery("Registration.findBySession", Registration.class)
                .setParameter("session", session)
                .getResultStream()
                .filter(Registration::isActive)
                .map(Registration::getMember)
                .filter(member -> member.isConfided() && member.getEmail() != null)
                .toList();
    }
}
