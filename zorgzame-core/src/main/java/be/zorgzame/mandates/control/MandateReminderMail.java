package be.zorgzame.mandates.control;

import be.zorgzame.mandates.entity.MandateFunction;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The subject and text of a mail to a mandate's holder about a warning, in the installation's mail language. */
public record MandateReminderMail(String subject, String body) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static MandateReminderMail of(MandateWarning warning, MandateFunction function, String holder,
                                         String neighbourhoods, String grantedBy, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("be.zorgzame.mandates.control.MandateReminderMailTexts", locale,
                MandateReminderMail.class.getClassLoader());
        Object[] arguments = {texts.getString("function." + function), DATE.format(warning.date()), holder, neighbourhoods,
                grantedBy};
        return new MandateReminderMail(format(texts, "subject." + warning.code(), locale, arguments),
                format(texts, "body." + warning.code(), locale, arguments));
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object[] arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
