package be.zorgzame.agreements.boundary;

import be.zorgzame.agreements.control.AgreementReminder;
import be.zorgzame.agreements.control.AgreementReminders;
import be.zorgzame.agreements.control.ReminderMail;
import be.zorgzame.agreements.entity.AgreementParty;
import be.zorgzame.agreements.entity.AgreementStatus;
import be.zorgzame.agreements.entity.AgreementVersion;
import be.zorgzame.agreements.entity.ReminderKind;
import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.mail.MailingDay;
import be.zorgzame.platform.mail.ReminderMails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminders about agreements: review and end dates coming up, and sign-offs that wait too long.
 * Shown on the dashboard to whoever may see the agreement, and mailed once per due date (on the
 * {@link MailingDay}) to the contact persons of the parties concerned (or the organisation's address
 * when a party has none).
 */
@ApplicationScoped
@Transactional
public class AgreementReminderService {

    private static final Logger LOG = Logger.getLogger(AgreementReminderService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AgreementAccess access;

    @Inject
    ReminderMails mails;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.REMINDER_REVIEW_DAYS, defaultValue = "30")
    int reviewDays;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.REMINDER_EXPIRY_DAYS, defaultValue = "60")
    int expiryDays;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.REMINDER_SIGN_OFF_DAYS, defaultValue = "14")
    int signOffDays;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.MAIL_LANGUAGE, defaultValue = "nl")
    String mailLanguage;

    /** What needs attention today in the agreements the caller may see, soonest first. */
    public List<AgreementReminder> due() {
        LocalDate today = LocalDate.now();
        return candidates(today, access.onlyThoseOfOrganisation()).stream()
                .flatMap(version -> remindersOf(version, today).stream())
                .sorted(Comparator.comparing(AgreementReminder::dueOn))
                .toList();
    }

    void onMailingDay(@Observes MailingDay day) {
        mailDue();
    }

    /**
     * Mails every reminder due today that was not mailed before; returns how many mails went out.
     */
    public int mailDue() {
        if (!mails.isEnabled()) {
            return 0;
        }
        LocalDate today = LocalDate.now();
        Locale locale = Locale.forLanguageTag(mailLanguage);
        int sent = 0;
        for (AgreementVersion version : candidates(today, Optional.empty())) {
            for (AgreementReminder reminder : remindersOf(version, today)) {
                ReminderMail mail = ReminderMail.of(reminder, locale);
                boolean mailed = mails.sendOnce(AgreementVersion.class.getSimpleName(), version.getId(), reminder.kind().name(),
                        reminder.dueOn(), recipients(version, reminder.kind()), mail.subject(), mail.body());
                sent += mailed ? 1 : 0;
            }
        }
        LOG.log(Level.INFO, "{0} agreement reminder(s) mailed", sent);
        return sent;
    }

    /** Active versions with a review or end date in reach, and versions waiting for sign-off long enough. */
    private List<AgreementVersion> candidates(LocalDate today, Optional<Long> onlyOfOrganisation) {
        String partyFilter = onlyOfOrganisation.isPresent()
                ? " AND EXISTS (SELECT p FROM AgreementParty p WHERE p.agreementVersion.agreement = v.agreement"
                + " AND p.organisation.id = :organisation)" : "";
        TypedQuery<AgreementVersion> query = em.createQuery("SELECT v FROM AgreementVersion v WHERE ((v.status = :active"
                        + " AND (v.reviewDate <= :reviewLimit OR (v.validTo >= :today AND v.validTo <= :expiryLimit)))"
                        + " OR (v.status = :submitted AND v.statusChangedAt <= :chaseLimit))" + partyFilter, AgreementVersion.class)
                .setParameter("active", AgreementStatus.ACTIVE)
                .setParameter("submitted", AgreementStatus.SUBMITTED)
                .setParameter("today", today)
                .setParameter("reviewLimit", today.plusDays(reviewDays))
                .setParameter("expiryLimit", today.plusDays(expiryDays))
                .setParameter("chaseLimit", today.minusDays(signOffDays - 1L).atStartOfDay());
        onlyOfOrganisation.ifPresent(organisation -> query.setParameter("organisation", organisation));
        return query.getResultList();
    }

    private List<AgreementReminder> remindersOf(AgreementVersion v, LocalDate today) {
        List<String> waitingFor = waitingFor(v).stream().map(p -> p.getOrganisation().getName()).toList();
        LocalDate submittedOn = v.getStatusChangedAt().toLocalDate();
        return AgreementReminders.of(new AgreementReminders.Version(v.getAgreement().getId(), v.getNumber(), v.getTitle(),
                v.getAgreement().getNeighbourhood().getName(), v.getStatus(), v.getReviewDate(), v.getValidTo(), submittedOn,
                waitingFor), new AgreementReminders.Periods(reviewDays, expiryDays, signOffDays), today);
    }

    private static List<AgreementParty> waitingFor(AgreementVersion v) {
        return v.getParties().stream()
                .filter(p -> v.getSignOffs().stream().noneMatch(s -> s.getOrganisation().equals(p.getOrganisation())))
                .toList();
    }

    private static Set<String> recipients(AgreementVersion version, ReminderKind kind) {
        List<AgreementParty> parties = kind == ReminderKind.SIGN_OFF_PENDING ? waitingFor(version) : version.getParties();
        Set<String> addresses = new TreeSet<>();
        parties.stream()
                .map(p -> p.getContactPerson() != null && p.getContactPerson().getEmail() != null
                        ? p.getContactPerson().getEmail() : p.getOrganisation().getEmail())
                .filter(Objects::nonNull)
                .forEach(addresses::add);
        return addresses;
    }
}
