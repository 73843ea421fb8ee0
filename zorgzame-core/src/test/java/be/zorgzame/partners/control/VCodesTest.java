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

class VCodesTest {

    private static final Pattern NORMALISED = Pattern.compile("V[0-9]{7}");
    private static final String WHITESPACE = " \t\n\u00a0";
    /** Characters that are not whitespace: inserting any of them spoils a code. */
    private static final String NOT_WHITESPACE = "0123456789VvOoAWz-./_+０４٣Ⅴⅴ";

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Holder(@VCode String vcode) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"V1234567", "V0000001", "V9999999", "V0000000"})
    void vAndSevenDigitsIsValid(String code) {
        assertEquals(Optional.of(code), RegisterCode.VCODE.normalise(code));
        assertTrue(RegisterCode.VCODE.isValid(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "V", "V123456", "V12345678", "1234567", "W1234567", "VV1234567", "V12345a7",
            "V-1234567", "V.1234567", "V1234567X", "XV1234567", "V１２３４５６７", "Ⅴ1234567", "ⅴ1234567", "OVO123456",
            "0203201340"})
    void anythingElseIsInvalid(String input) {
        assertEquals(Optional.empty(), RegisterCode.VCODE.normalise(input));
        assertFalse(RegisterCode.VCODE.isValid(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "v1234567               | V1234567",
            "'  V1234567 '          | V1234567",
            "V 1234567              | V1234567",
            "V123 4567              | V1234567",
            "v 000 00 01            | V0000001",
            "'\tV1234567\n'         | V1234567",
            "'V\u00a01234567'       | V1234567"})
    void theFormsPeopleTypeAreNormalisedToUpperCaseWithoutSpaces(String input, String normalised) {
        assertEquals(Optional.of(normalised), RegisterCode.VCODE.normalise(input));
    }

    @Test
    void everyAcceptedFormOfARandomCodeNormalisesToIt() {
        Random random = new Random(42L);
        for (int i = 0; i < 10_000; i++) {
            String code = randomCode(random);
            String typed = typedForm(random, code);
            assertEquals(Optional.of(code), RegisterCode.VCODE.normalise(typed), typed);
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
            assertFalse(RegisterCode.VCODE.isValid(spoilt), spoilt);
        }
    }

    @Test
    void randomInputNeverBreaksNormalisation() {
        String alphabet = "012345678901234567890123456789    Vv-.aW０４ⅴ\u0000\u00a0";
        Random random = new Random(1234L);
        int accepted = 0;
        for (int i = 0; i < 10_000; i++) {
            StringBuilder input = new StringBuilder(random.nextBoolean() ? "" : random.nextBoolean() ? "V" : "v");
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                input.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String typed = input.toString();
            Optional<String> normalised = assertDoesNotThrow(() -> RegisterCode.VCODE.normalise(typed), typed);
            if (normalised.isPresent()) {
                accepted++;
                String code = normalised.get();
                assertAll(typed,
                        () -> assertTrue(NORMALISED.matcher(code).matches(), code),
                        () -> assertEquals(normalised, RegisterCode.VCODE.normalise(code)));
            }
        }
        assertTrue(accepted > 0, "no random input was valid, so the properties above were never checked");
    }

    @ParameterizedTest
    @ValueSource(strings = {"V1234567", "v 123 4567"})
    void theConstraintAcceptsEveryFormNormaliseAccepts(String input) {
        assertTrue(VALIDATOR.validate(new Holder(input)).isEmpty());
    }

    @Test
    void theConstraintLeavesNullToNotNull() {
        assertTrue(VALIDATOR.validate(new Holder(null)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "V123456", "W1234567"})
    void theConstraintRefusesInvalidCodes(String input) {
        assertEquals(1, VALIDATOR.validate(new Holder(input)).size());
    }

    @Test
    void theConstraintStaysOffTheCanonicalConstructorsParameters() {
        assertEquals(0, Holder.class.getDeclaredConstructors()[0].getParameters()[0].getAnnotations().length);
    }

    private static String randomCode(Random random) {
        return "V" + String.format("%07d", random.nextInt(10_000_000));
    }

    /** The code as someone might type it: the letter in either case, whitespace anywhere. */
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
