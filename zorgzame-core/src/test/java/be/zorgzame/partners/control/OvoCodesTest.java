package be.zorgzame.partners.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OvoCodesTest {

    private static final Pattern NORMALISED = Pattern.compile("OVO[0-9]{6}");
    private static final String WHITESPACE = " \t\n\u00a0";
    /** Characters that are not whitespace: inserting any of them spoils a code. */
    private static final String NOT_WHITESPACE = "0123456789VvOoAWz-./_+０４٣Ⅴⅴ";

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Holder(@OvoCode String ovoCode) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"OVO000123", "OVO002949", "OVO999999", "OVO000000"})
    void ovoAndSixDigitsIsValid(String code) {
        assertEquals(Optional.of(code), RegisterCode.OVO.normalise(code));
        assertTrue(RegisterCode.OVO.isValid(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "OVO", "OVO12345", "OVO1234567", "000123", "OV000123", "0VO000123", "OVOO000123",
            "OVO00a123", "OVO-000123", "OVO.000123", "OVO000123X", "XOVO000123", "OVO００００１２", "OⅤO000123",
            "V1234567", "0203201340"})
    void anythingElseIsInvalid(String input) {
        assertEquals(Optional.empty(), RegisterCode.OVO.normalise(input));
        assertFalse(RegisterCode.OVO.isValid(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ovo000123              | OVO000123",
            "Ovo000123              | OVO000123",
            "'  OVO000123 '         | OVO000123",
            "OVO 000123             | OVO000123",
            "ovo 000 123            | OVO000123",
            "O V O 0 0 0 1 2 3      | OVO000123",
            "'\tOVO000123\n'        | OVO000123",
            "'OVO\u00a0000123'      | OVO000123"})
    void theFormsPeopleTypeAreNormalisedToUpperCaseWithoutSpaces(String input, String normalised) {
        assertEquals(Optional.of(normalised), RegisterCode.OVO.normalise(input));
    }

    @Test
    void everyAcceptedFormOfARandomCodeNormalisesToIt() {
        Random random = new Random(42L);
        for (int i = 0; i < 10_000; i++) {
            String code = randomCode(random);
            String typed = typedForm(random, code);
            assertEquals(Optional.of(code), RegisterCode.OVO.normalise(typed), typed);
        }
    }

    @Test
    void anyOtherCharacterAnywhereInACodeInvalidatesIt() {
        Random random = new Random(7L);
        for (int i = 0; i < 10_000; i++) {
            String typed = typedForm(random, randomCode(random));
            int at = random.nextInt(typed.length() + 1);
            String spoilt = typed.substring(0, at) + NOT_WHITESPACE.charAt(random.nextInt(NOT_WHITESPACE.length()))
                    + typed.substring(at);
            assertFalse(RegisterCode.OVO.isValid(spoilt), spoilt);
        }
    }

    @Test
    void randomInputNeverBreaksNormalisation() {
        String alphabet = "012345678901234567890123456789    OoVv-.aW０４ⅴ\u0000\u00a0";
        Random random = new Random(1234L);
        int accepted = 0;
        for (int i = 0; i < 10_000; i++) {
            StringBuilder input = new StringBuilder(random.nextBoolean() ? "" : random.nextBoolean() ? "OVO" : "ovo");
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                input.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String typed = input.toString();
            Optional<String> normalised = assertDoesNotThrow(() -> RegisterCode.OVO.normalise(typed), typed);
            if (normalised.isPresent()) {
                accepted++;
                String code = normalised.get();
                assertAll(typed,
                        () -> assertTrue(NORMALISED.matcher(code).matches(), code),
                        () -> assertEquals(normalised, RegisterCode.OVO.normalise(code)));
            }
        }
        assertTrue(accepted > 0, "no random input was valid, so the properties above were never checked");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OVO000123", "ovo 000123"})
    void theConstraintAcceptsEveryFormNormaliseAccepts(String input) {
        assertTrue(VALIDATOR.validate(new Holder(input)).isEmpty());
    }

    @Test
    void theConstraintLeavesNullToNotNull() {
        assertTrue(VALIDATOR.validate(new Holder(null)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "OVO12345", "OVA000123"})
    void theConstraintRefusesInvalidCodes(String input) {
        assertEquals(1, VALIDATOR.validate(new Holder(input)).size());
    }

    @Test
    void theConstraintStaysOffTheCanonicalConstructorsParameters() {
        assertEquals(0, Holder.class.getDeclaredConstructors()[0].getParameters()[0].getAnnotations().length);
    }

    private static String randomCode(Random random) {
        return "OVO" + String.format("%06d", random.nextInt(1_000_000));
    }

    /** The code as someone might type it: the letters in either case, whitespace anywhere. */
    private static String typedForm(Random random, String code) {
        StringBuilder typed = new StringBuilder();
        for (char c : code.toCharArray()) {
            typed.append(randomWhitespace(random)).append(random.nextBoolean() ? c : Character.toLowerCase(c));
        }
        return typed.append(randomWhitespace(random)).toString();
    }

    private static String randomWhitespace(Random random) {
        StringBuilder whitespace = new StringBuilder();
        while (random.nextInt(4) == 0) {
            whitespace.append(WHITESPACE.charAt(random.nextInt(WHITESPACE.length())));
        }
        return whitespace.toString();
    }
}
