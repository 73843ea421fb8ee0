package be.zorgzame.checklist.control;

import be.zorgzame.checklist.entity.AssessmentStatus;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The subject and text of a mail to a municipality's policy mailbox about an assessment to review, in
 * the installation's mail language. It names the page without a link: the module does not know the
 * address it is reached at.
 */
public record ReviewReminderMail(String subject, String body) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Announced ahead, or after the date has passed without a review. */
    public enum Kind {
        REVIEW_DUE, REVIEW_OVERDUE;

        /** Overdue from the day after the review date, announced until then. */
        public static Kind on(LocalDate nextReviewOn, LocalDate today) {
            return nextReviewOn.isBefore(today) ? REVIEW_OVERDUE : REVIEW_DUE;
        }
    }

    /** What the mail says about the assessment; {@code neighbourhood} and {@code owner} may be absent. */
    public record Facts(long assessmentId, String municipality, String neighbourhood, String framework, String itemCode,
                        String itemTitle, AssessmentStatus status, String owner, LocalDate nextReviewOn) {
    }

    public static ReviewReminderMail of(Kind kind, Facts facts, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("be.zorgzame.checklist.control.ReviewReminderMailTexts", locale,
                ReviewReminderMail.class.getClassLoader());
        String where = facts.neighbourhood() == null ? facts.municipality()
                : format(texts, "where.neighbourhood", locale, new Object[] {facts.municipality(), facts.neighbourhood()});
        String owner = facts.owner() == null || facts.owner().isBlank() ? texts.getString("owner.none") : facts.owner();
        Object[] arguments = {where, facts.framework(), facts.itemCode(), facts.itemTitle(),
                texts.getString("status." + facts.status()), owner, DATE.format(facts.nextReviewOn()),
                "checklist/assessment.xhtml?id=" + facts.assessmentId()};
        return new ReviewReminderMail(format(texts, "subject." + kind, locale, arguments),
                format(texts, "body." + kind, locale, arguments));
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object[] arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
