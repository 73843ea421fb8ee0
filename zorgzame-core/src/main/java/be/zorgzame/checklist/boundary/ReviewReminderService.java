package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.control.ReviewReminderMail;
import be.zorgzame.checklist.control.ReviewReminderMail.Kind;
import be.zorgzame.checklist.entity.Assessment;
import be.zorgzame.checklist.entity.Framework;
import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.mail.MailingDay;
import be.zorgzame.platform.mail.ReminderMails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails the municipality's policy mailbox about each assessment whose review comes within the start
 * page's window, and again once the date has passed unreviewed: once per assessment, kind and review
 * date. The mailbox is configured, since an owner is free text and accounts carry no address.
 */
@ApplicationScoped
@Transactional
public class ReviewReminderService {

    private static final Logger LOG = Logger.getLogger(ReviewReminderService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ReminderMails mails;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.CHECKLIST_REVIEW_DAYS, defaultValue = "30")
    int reviewDays;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.MAIL_LANGUAGE, defaultValue = "nl")
    String mailLanguage;

    void onMailingDay(@Observes MailingDay day) {
        mailDue();
    }

    /** Mails the review reminders due today that were not mailed before; returns how many mails went out. */
    public int mailDue() {
        if (!mails.isEnabled()) {
            return 0;
        }
        LocalDate today = LocalDate.now();
        Locale locale = Locale.forLanguageTag(mailLanguage);
        Map<String, List<String>> mailboxes = new HashMap<>();
        int sent = 0;
        List<Assessment> due = em.createNamedQuery("Assessment.findReviewDue", Assessment.class)
                .setParameter("until", today.plusDays(reviewDays))
                .getResultList();
        for (Assessment assessment : due) {
            List<String> to = mailboxes.computeIfAbsent(assessment.getMunicipality().getNisCode(), this::mailbox);
            if (!to.isEmpty()) {
                Kind kind = Kind.on(assessment.getNextReviewOn(), today);
                ReviewReminderMail mail = ReviewReminderMail.of(kind, facts(assessment, locale), locale);
                sent += mails.sendOnce(Assessment.class.getSimpleName(), assessment.getId(), kind.name(),
                        assessment.getNextReviewOn(), to, mail.subject(), mail.body()) ? 1 : 0;
            }
        }
        LOG.log(Level.INFO, "{0} checklist review reminder(s) mailed", sent);
        return sent;
    }

    /** The municipality's own addresses, else those for every municipality, else none. */
    private List<String> mailbox(String nisCode) {
        return config.getOptionalValue(ZorgzameConfig.CHECKLIST_REVIEW_MAIL_TO + "." + nisCode, String.class)
                .or(() -> config.getOptionalValue(ZorgzameConfig.CHECKLIST_REVIEW_MAIL_TO, String.class))
                .map(addresses -> Arrays.stream(addresses.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                        .distinct().toList())
                .orElse(List.of());
    }

    private static ReviewReminderMail.Facts facts(Assessment assessment, Locale locale) {
        Framework framework = assessment.getItem().getFramework();
        return new ReviewReminderMail.Facts(assessment.getId(), assessment.getMunicipality().nameIn(locale.getLanguage()),
                assessment.getNeighbourhood() == null ? null : assessment.getNeighbourhood().getName(),
                new Translation(framework.getNameNl(), framework.getNameFr(), framework.getNameEn()).in(locale),
                assessment.getItem().getCode(), ItemView.of(assessment.getItem()).title().in(locale), assessment.getStatus(),
                assessment.getOwner(), assessment.getNextReviewOn());
    }
}
