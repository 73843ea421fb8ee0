package be.zorgzame.agreements.control;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The subject and text of a reminder mail, in the language the installation mails in. */
public record ReminderMail(String subject, String body) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static ReminderMail of(AgreementReminder reminder, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("be.zorgzame.agreements.control.ReminderMailTexts", locale,
                ReminderMail.class.getClassLoader());
        Object[] arguments = {reminder.title(), DATE.format(reminder.dueOn()), reminder.neighbourhoodName(),
                String.valueOf(reminder.number()), String.join(", ", reminder.waitingFor())};
        return new ReminderMail(format(texts, "subject." + reminder.kind(), locale, arguments),
                format(texts, "body." + reminder.kind(), locale, arguments));
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object[] arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
