package be.zorgzame.partners.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules for the Belgian enterprise number (KBO/BCE, ondernemingsnummer): ten digits starting with 0 or 1,
 * the last two being 97 minus the first eight modulo 97. People copy it from letters, invoices and VAT
 * numbers, so dots, spaces, dashes, a "BE" prefix and the old nine-digit form are all accepted and
 * reduced to the bare ten digits, which is what is stored and compared.
 */
public final class KboNumbers {

    /** An optional VAT prefix, then digits and separators; the possessive quantifiers keep matching linear. */
    private static final Pattern TYPED =
            Pattern.compile("\\p{IsWhite_Space}*+(?:[Bb][Ee])?+([0-9\\p{IsWhite_Space}.-]++)");
    private static final Pattern NOT_A_DIGIT = Pattern.compile("[^0-9]");
    private static final Pattern NORMALISED = Pattern.compile("[01][0-9]{9}");

    private KboNumbers() {
    }

    /** The ten digits, or empty when {@code input} is not a valid enterprise number in any accepted form. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        Matcher typed = TYPED.matcher(input);
        if (!typed.matches()) {
            return Optional.empty();
        }
        String digits = NOT_A_DIGIT.matcher(typed.group(1)).replaceAll("");
        if (digits.length() == 9) {
            digits = "0" + digits;
        }
        return isNormalisedAndValid(digits) ? Optional.of(digits) : Optional.empty();
    }

    public static boolean isValid(String input) {
        return normalise(input).isPresent();
    }

    /**
     * The official notation, "0123.456.749".
     *
     * @throws IllegalArgumentException when {@code normalised} is not what {@link #normalise} returns
     */
    public static String format(String normalised) {
        if (normalised == null || !isNormalisedAndValid(normalised)) {
            throw new IllegalArgumentException("Not a normalised enterprise number: " + normalised);
        }
        return normalised.substring(0, 4) + "." + normalised.substring(4, 7) + "." + normalised.substring(7);
    }

    private static boolean isNormalisedAndValid(String digits) {
        return NORMALISED.matcher(digits).matches()
                && 97 - Integer.parseInt(digits, 0, 8, 10) % 97 == Integer.parseInt(digits, 8, 10, 10);
    }
}
