package be.zorgzame.mandates.boundary;

import be.zorgzame.mandates.control.MandateChecks;
import be.zorgzame.mandates.control.MandateReminderMail;
import be.zorgzame.mandates.control.MandateWarning;
import be.zorgzame.mandates.control.MandateWarning.Code;
import be.zorgzame.mandates.entity.Mandate;
import be.zorgzame.mandates.entity.MandateStatus;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails the holder of an active mandate (or, without an address, the employing organisation) when it
 * is about to end, has ended but is still active, or feedback is overdue: once per due date.
 */
@ApplicationScoped
@Transactional
public class MandateReminderService {

    private static final Logger LOG = Logger.getLogger(MandateReminderService.class.getName());
    private static final Set<Code> MAILED = Set.of(Code.EXPIRING, Code.EXPIRED_STILL_ACTIVE, Code.FEEDBACK_OVERDUE);

    @PersistenceContext
    EntityManager em;

    @Inject
    ReminderMails mails;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.MANDATE_EXPIRY_WARNING_DAYS, defaultValue = "60")
    int expiringWithinDays;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.MAIL_LANGUAGE, defaultValue = "nl")
    String mailLanguage;

    void onMailingDay(@Observes MailingDay day) {
        mailDue();
    }

    /** Mails the reminders due today that were not mailed before; returns how many mails went out. */
    public int mailDue() {
        if (!mails.isEnabled()) {
            return 0;
        }
        LocalDate today = LocalDate.now();
        Locale locale = Locale.forLanguageTag(mailLanguage);
        int sent = 0;
        List<Mandate> active = em.createQuery("SELECT m FROM Mandate m WHERE m.status = :active", Mandate.class)
                .setParameter("active", MandateStatus.ACTIVE)
                .getResultList();
        for (Mandate mandate : active) {
            String address = mandate.getHolder().getEmail() != null ? mandate.getHolder().getEmail()
                    : mandate.getEmployer().getEmail();
            for (MandateWarning warning : MandateChecks.of(MandateDashboard.facts(mandate), today, expiringWithinDays)) {
                if (address != null && MAILED.contains(warning.code())) {
                    MandateReminderMail mail = mail(mandate, warning, locale);
                    sent += mails.sendOnce(Mandate.class.getSimpleName(), mandate.getId(), warning.code().name(),
                            warning.date(), List.of(address), mail.subject(), mail.body()) ? 1 : 0;
                }
            }
        }
        LOG.log(Level.INFO, "{0} mandate reminder(s) mailed", sent);
        return sent;
    }

    private static MandateReminderMail mail(Mandate mandate, MandateWarning warning, Locale locale) {
        String neighbourhoods = mandate.getNeighbourhoods().stream().map(Neighbourhood::getName).sorted()
                .collect(Collectors.joining(", "));
        String grantedBy = mandate.getGrantingOrganisation().getName()
                + (mandate.getGrantingBody() == null ? "" : ", " + mandate.getGrantingBody());
        return MandateReminderMail.of(warning, mandate.getFunction(), mandate.getHolder().getName(), neighbourhoods,
                grantedBy, locale);
    }
}
