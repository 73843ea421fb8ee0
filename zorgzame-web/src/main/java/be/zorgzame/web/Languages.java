package be.zorgzame.web;

import java.util.List;
import java.util.Locale;

/** The languages the module speaks: Dutch first, then French and English. */
public final class Languages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.forLanguageTag("fr"), Locale.forLanguageTag("en"));

    private Languages() {
    }

    /** The first supported language among the client's preferences, else Dutch. */
    public static Locale bestOf(List<Locale> preferred) {
        return preferred.stream()
                .map(Locale::getLanguage)
                .flatMap(language -> SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)))
                .findFirst()
                .orElse(DUTCH);
    }
}
