package be.zorgzame.checklist.boundary;

import java.io.Serializable;
import java.util.Locale;

/** A text in Dutch, French and English; absent as a whole when there is no text (an optional explanation). */
public record Translation(String nl, String fr, String en) implements Serializable {

    /** The text in the locale's language: French or English when asked for, Dutch otherwise. */
    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> fr;
            case "en" -> en;
            default -> nl;
        };
    }

    static Translation ofOptional(String nl, String fr, String en) {
        return nl == null && fr == null && en == null ? null : new Translation(nl, fr, en);
    }
}
