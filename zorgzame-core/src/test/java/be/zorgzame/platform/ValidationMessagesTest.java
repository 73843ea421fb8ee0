package be.zorgzame.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ValidationMessagesTest {

    @Test
    void frenchAndEnglishHaveEveryDutchMessage() throws Exception {
        Properties dutch = bundle("");
        for (String language : List.of("_fr", "_en")) {
            assertEquals(dutch.stringPropertyNames(), bundle(language).stringPropertyNames(), "ValidationMessages" + language);
        }
    }

    private static Properties bundle(String suffix) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream("/ValidationMessages" + suffix + ".properties")) {
            properties.load(in);
        }
        return properties;
    }
}
