package be.zorgzame.intervision.control;

import be.zorgzame.intervision.entity.SessionKind;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of intervision's calendars and mails (nl, fr, en), from one bundle so both name things alike. */
final class IntervisionTexts {

    private IntervisionTexts() {
    }

    static ResourceBundle of(Locale locale) {
        return ResourceBundle.getBundle("be.zorgzame.intervision.control.IntervisionTexts", locale,
                IntervisionTexts.class.getClassLoader());
    }

    static String kind(ResourceBundle texts, SessionKind kind) {
        return texts.getString("kind." + kind);
    }
}
