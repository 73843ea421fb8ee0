package be.zorgzame.checklist.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The checklist's texts exist in every language, and the French ones keep their apostrophes once formatted. */
class ChecklistTextsTest {

    private static final String BUNDLE = "/be/zorgzame/checklist/boundary/ChecklistTexts";

    @Test
    void frenchAndEnglishHaveEveryDutchText() throws Exception {
        Properties dutch = bundle("");
        assertFalse(dutch.isEmpty());
        for (String language : List.of("_fr", "_en")) {
            assertEquals(dutch.stringPropertyNames(), bundle(language).stringPropertyNames(), "ChecklistTexts" + language);
        }
        assertTrue(bundle("_nl").isEmpty(), "Dutch is the base bundle");
    }

    @Test
    void argumentsAreFilledInAndApostrophesKept() {
        ResourceBundle french = ResourceBundle.getBundle(BUNDLE.substring(1).replace('/', '.'), Locale.FRENCH);
        String text = new MessageFormat(french.getString("suggestion.linchpin"), Locale.FRENCH).format(new Object[] {"Rabot"});

        assertTrue(text.contains("Rabot"), text);
        assertTrue(text.contains("d'un mandat"), text);
    }

    private static Properties bundle(String suffix) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ChecklistTextsTest.class.getResourceAsStream(BUNDLE + suffix + ".properties")) {
            properties.load(in);
        }
        return properties;
    }
}
