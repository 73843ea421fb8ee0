package be.zorgzame.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI texts ({@code be.zorgzame.web.i18n.messages}), also used for REST problem titles. */
public final class Messages {

    public static final String BUNDLE = "be.zorgzame.web.i18n.messages";

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
