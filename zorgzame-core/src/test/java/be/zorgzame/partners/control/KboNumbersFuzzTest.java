package be.zorgzame.partners.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Fuzzes the enterprise-number parser: a number read is valid, and reads as itself in every notation. */
class KboNumbersFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void normalisedNumberIsValidFormatsAndNormalisesToItself(byte[] typed) {
        String input = new String(typed, StandardCharsets.UTF_8);
        Optional<String> normalised = KboNumbers.normalise(input);
        assertEquals(normalised.isPresent(), KboNumbers.isValid(input));
        normalised.ifPresent(digits -> {
            assertTrue(digits.matches("[01][0-9]{9}"), digits);
            assertEquals(normalised, KboNumbers.normalise(digits));
            String formatted = KboNumbers.format(digits);
            assertEquals(normalised, KboNumbers.normalise(formatted));
            assertEquals(normalised, KboNumbers.normalise("BE " + formatted));
        });
    }
}
