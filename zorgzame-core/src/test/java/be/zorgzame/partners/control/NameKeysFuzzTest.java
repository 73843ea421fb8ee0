package be.zorgzame.partners.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Fuzzes the search-text parser (the organisation search's {@code q}): every word of a name's key, typed
 * as a search, is that one word again, so a name is always found by any of its words.
 */
class NameKeysFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void everyWordOfANameSearchesForItself(byte[] typed) {
        String name = new String(typed, StandardCharsets.UTF_8);
        String key = NameKeys.key(name);
        assertEquals(key, NameKeys.key(key));
        for (String token : NameKeys.tokens(name)) {
            assertFalse(token.isBlank() || token.contains(" "), token);
            assertEquals(Set.of(token), NameKeys.tokens(token));
        }
    }
}
