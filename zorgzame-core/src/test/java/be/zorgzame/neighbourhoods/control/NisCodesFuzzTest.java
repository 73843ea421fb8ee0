package be.zorgzame.neighbourhoods.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/** Fuzzes the NIS-code check: what it accepts is five ASCII digits naming a province, and the constraint agrees. */
class NisCodesFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void wellFormedCodeIsFiveDigitsWithAProvince(byte[] typed) {
        String input = new String(typed, StandardCharsets.UTF_8);
        boolean wellFormed = NisCodes.isWellFormed(input);
        assertEquals(wellFormed, new NisCode.Validator().isValid(input, null));
        if (wellFormed) {
            assertEquals(5, input.length());
            assertTrue(input.chars().allMatch(c -> c >= '0' && c <= '9') && input.charAt(0) != '0', input);
        }
    }
}
