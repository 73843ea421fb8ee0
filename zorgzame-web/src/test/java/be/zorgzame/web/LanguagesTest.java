package be.zorgzame.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void firstSupportedPreferenceWins() {
        assertEquals("fr", Languages.bestOf(List.of(Locale.GERMAN, Locale.forLanguageTag("fr-BE"), Locale.ENGLISH)).getLanguage());
    }

    @Test
    void dutchWhenNothingFits() {
        assertEquals(Languages.DUTCH, Languages.bestOf(List.of(Locale.GERMAN)));
        assertEquals(Languages.DUTCH, Languages.bestOf(List.of()));
    }

    @Test
    void everyLanguageHasEveryText() throws Exception {
        Properties dutch = bundle("");
        for (String language : List.of("_fr", "_en")) {
            Properties other = bundle(language);
            assertEquals(dutch.stringPropertyNames(), other.stringPropertyNames(), "keys of messages" + language);
        }
    }

    private static Properties bundle(String suffix) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = LanguagesTest.class.getResourceAsStream("/be/zorgzame/web/i18n/messages" + suffix + ".properties")) {
            properties.load(in);
        }
        return properties;
    }
}
