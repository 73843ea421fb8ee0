package be.zorgzame.partners.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Fuzzes the V-code and OVO-code parsers: a code read is in the register's notation and reads as itself. */
class RegisterCodeFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void vcodeNormalisesToItsRegisterNotation(byte[] typed) {
        check(RegisterCode.VCODE, "V[0-9]{7}", new String(typed, StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "30s")
    void ovoCodeNormalisesToItsRegisterNotation(byte[] typed) {
        check(RegisterCode.OVO, "OVO[0-9]{6}", new String(typed, StandardCharsets.UTF_8));
    }

    private static void check(RegisterCode register, String notation, String input) {
        Optional<String> normalised = register.normalise(input);
        assertEquals(normalised.isPresent(), register.isValid(input));
        normalised.ifPresent(code -> {
            assertTrue(code.matches(notation), code);
            assertEquals(normalised, register.normalise(code));
            assertEquals(normalised, register.normalise(" " + code.toLowerCase(Locale.ROOT) + " "));
        });
    }
}
