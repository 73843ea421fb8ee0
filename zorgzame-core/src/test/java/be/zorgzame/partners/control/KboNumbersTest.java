package be.zorgzame.partners.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

class KboNumbersTest {

    private static final Pattern NORMALISED = Pattern.compile("[01][0-9]{9}");
    private static final Pattern FORMATTED = Pattern.compile("[01][0-9]{3}\\.[0-9]{3}\\.[0-9]{3}");
    private static final String SEPARATORS = " .-\t\u00a0";
    /** Characters that are neither digits of a number nor accepted separators. */
    private static final String FOREIGN = "AbXz/,_+:#'０４٣०é";

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Holder(@KboNumber String kboNumber) {
    }

    /** 97 minus the eight digits modulo 97, as two digits: written out here apart from the production code. */
    private static String checkDigits(String firstEight) {
        long remainder = Long.parseLong(firstEight) % 97;
        return String.format("%02d", 97 - remainder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0203201340", "0123456749", "0419052173", "0202239951", "0214596464", "0400378485",
            "1000000021"})
    void numbersWithMatchingCheckDigitsAreValid(String number) {
        assertEquals(Optional.of(number), KboNumbers.normalise(number));
        assertTrue(KboNumbers.isValid(number));
    }

    @Test
    void whenTheFirstEightDigitsAreAMultipleOf97TheCheckDigitsAre97() {
        assertTrue(KboNumbers.isValid("0000009797"));
        assertFalse(KboNumbers.isValid("0000009700"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "BE", "...", "0203201341", "0203201430", "0203.201.341", "1203201340",
            "0000000000",
            // the check digits match, but an enterprise number starts with 0 or 1
            "2000000042", "3000000063", "4000000084", "5000000008", "6000000029", "7000000050", "8000000071",
            "9000000092",
            // wrong length
            "02032013", "20320134", "02032013400", "BE02032013400",
            // letters, other prefixes, other digits
            "020320134O", "0203201a40", "NL0203201340", "B0203201340", "BEE0203201340", "0203201340BE",
            "BE0203201340X", "BE/0203201340", "0203/201/340", "0203,201,340", "０２０３２０１３４０", "+32203201340"})
    void anythingElseIsInvalid(String input) {
        assertEquals(Optional.empty(), KboNumbers.normalise(input));
        assertFalse(KboNumbers.isValid(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0203.201.340       | 0203201340",
            "0203 201 340       | 0203201340",
            "0203-201-340       | 0203201340",
            "'  0203201340  '   | 0203201340",
            "BE0203201340       | 0203201340",
            "BE 0203.201.340    | 0203201340",
            "be0203.201.340     | 0203201340",
            "Be 0203 201 340    | 0203201340",
            "BE-0203-201-340    | 0203201340",
            "203201340          | 0203201340",
            "203.201.340        | 0203201340",
            "BE 203.201.340     | 0203201340",
            "'0203\u00a0201\u00a0340' | 0203201340",
            "1000.000.021       | 1000000021"})
    void theFormsPeopleTypeAreNormalisedToTheTenDigits(String input, String normalised) {
        assertEquals(Optional.of(normalised), KboNumbers.normalise(input));
    }

    @Test
    void formatGroupsTheDigitsWithDots() {
        assertEquals("0203.201.340", KboNumbers.format("0203201340"));
        assertEquals("1000.000.021", KboNumbers.format("1000000021"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0203.201.340", "203201340", "BE0203201340", "0203201341"})
    void formatRefusesWhatIsNotNormalised(String input) {
        assertThrows(IllegalArgumentException.class, () -> KboNumbers.format(input));
    }

    @Test
    void computedCheckDigitsValidateAndChangingAnyOneDigitInvalidates() {
        Random random = new Random(20260101L);
        for (int i = 0; i < 2_000; i++) {
            String firstEight = random.nextInt(2) + String.format("%07d", random.nextInt(10_000_000));
            String number = firstEight + checkDigits(firstEight);
            assertTrue(KboNumbers.isValid(number), number);
            for (int position = 0; position < 10; position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (number.charAt(position) != digit) {
                        String changed = number.substring(0, position) + digit + number.substring(position + 1);
                        assertFalse(KboNumbers.isValid(changed), changed);
                    }
                }
            }
        }
    }

    @Test
    void everyAcceptedFormOfARandomValidNumberNormalisesToIt() {
        Random random = new Random(42L);
        for (int i = 0; i < 10_000; i++) {
            String number = randomValidNumber(random);
            boolean nineDigits = number.startsWith("0") && random.nextBoolean();
            String typed = typedForm(random, nineDigits ? number.substring(1) : number);
            assertEquals(Optional.of(number), KboNumbers.normalise(typed), typed);
        }
    }

    @Test
    void aForeignCharacterAnywhereInAValidNumberInvalidatesIt() {
        Random random = new Random(7L);
        for (int i = 0; i < 10_000; i++) {
            // the ten-digit form, so that an inserted digit makes it too long instead of possibly valid
            String typed = typedForm(random, randomValidNumber(random));
            String inserted = random.nextBoolean()
                    ? String.valueOf(FOREIGN.charAt(random.nextInt(FOREIGN.length())))
                    : String.valueOf((char) ('0' + random.nextInt(10)));
            int at = random.nextInt(typed.length() + 1);
            String spoilt = typed.substring(0, at) + inserted + typed.substring(at);
            assertFalse(KboNumbers.isValid(spoilt), spoilt);
        }
    }

    @Test
    void randomInputNeverBreaksNormalisation() {
        String alphabet = "0123456789012345678901234567890123456789BEbe .-\t\u00a0AXz/,_+０４٣०é\u0000";
        Random random = new Random(1234L);
        int accepted = 0;
        for (int i = 0; i < 10_000; i++) {
            // half pure noise, half a valid number with a few random edits, so that some input is valid
            StringBuilder input = new StringBuilder();
            if (random.nextBoolean()) {
                int length = random.nextInt(16);
                for (int j = 0; j < length; j++) {
                    input.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            } else {
                input.append(typedForm(random, randomValidNumber(random)));
                for (int edits = random.nextInt(3); edits > 0; edits--) {
                    int at = random.nextInt(input.length());
                    char c = alphabet.charAt(random.nextInt(alphabet.length()));
                    switch (random.nextInt(3)) {
                        case 0 -> input.deleteCharAt(at);
                        case 1 -> input.insert(at, c);
                        default -> input.setCharAt(at, c);
                    }
                }
            }
            String typed = input.toString();
            Optional<String> normalised = assertDoesNotThrow(() -> KboNumbers.normalise(typed), typed);
            if (normalised.isPresent()) {
                accepted++;
                String number = normalised.get();
                assertAll(typed,
                        () -> assertTrue(NORMALISED.matcher(number).matches(), number),
                        () -> assertEquals(normalised, KboNumbers.normalise(number)),
                        () -> assertTrue(FORMATTED.matcher(KboNumbers.format(number)).matches()),
                        () -> assertEquals(normalised, KboNumbers.normalise(KboNumbers.format(number))));
            }
        }
        assertTrue(accepted > 0, "no random input was valid, so the properties above were never checked");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0203201340", "BE 0203.201.340", "203.201.340"})
    void theConstraintAcceptsEveryFormNormaliseAccepts(String input) {
        assertTrue(VALIDATOR.validate(new Holder(input)).isEmpty());
    }

    @Test
    void theConstraintLeavesNullToNotNull() {
        assertTrue(VALIDATOR.validate(new Holder(null)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0203201341", "2000000042", "BE0203201340X"})
    void theConstraintRefusesInvalidNumbers(String input) {
        assertEquals(1, VALIDATOR.validate(new Holder(input)).size());
    }

    @Test
    void theConstraintStaysOffTheCanonicalConstructorsParameters() {
        assertEquals(0, Holder.class.getDeclaredConstructors()[0].getParameters()[0].getAnnotations().length);
    }

    private static String randomValidNumber(Random random) {
        String firstEight = random.nextInt(2) + String.format("%07d", random.nextInt(10_000_000));
        return firstEight + checkDigits(firstEight);
    }

    /** The digits as someone might type them: after spaces and a "BE" in any case or not, with separators anywhere. */
    private static String typedForm(Random random, String digits) {
        StringBuilder typed = new StringBuilder(randomSeparators(random, " \t\u00a0"));
        if (random.nextBoolean()) {
            typed.append(random.nextBoolean() ? 'B' : 'b').append(random.nextBoolean() ? 'E' : 'e');
        }
        for (char digit : digits.toCharArray()) {
            typed.append(randomSeparators(random, SEPARATORS)).append(digit);
        }
        return typed.append(randomSeparators(random, SEPARATORS)).toString();
    }

    private static String randomSeparators(Random random, String choice) {
        StringBuilder separators = new StringBuilder();
        while (random.nextInt(4) == 0) {
            separators.append(choice.charAt(random.nextInt(choice.length())));
        }
        return separators.toString();
    }
}
