package be.zorgzame.partners.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void spellingDetailsDoNotChangeTheKey() {
        assertEquals("vzw ons huis", NameKeys.key("VZW Ons-Huis"));
        assertEquals(NameKeys.key("Buurtcomité Sint-Amandsberg"), NameKeys.key("buurtcomite  sint amandsberg!"));
        assertEquals("", NameKeys.key(null));
        assertEquals("", NameKeys.key(" - "));
    }

    @Test
    void tokensAreTheDistinctWordsInOrder() {
        assertEquals(List.of("ldc", "de", "rabotter"), List.copyOf(NameKeys.tokens("LDC De Rabotter, de")));
        assertEquals(Set.of(), NameKeys.tokens("  "));
    }
}
