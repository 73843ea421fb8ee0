package be.zorgzame.privacy.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** What counts as a contact person's personal data, and what stands in for it once erased. */
public final class PersonalData {

    /** The person's fields whose values an erasure blanks in the audit trail too. */
    public static final Set<String> PERSON_FIELDS = Set.of("name", "email", "phone", "source");

    /** The source of an erased person: where the data came from could itself point at them. */
    public static final String ERASED_SOURCE = "gewist (AVG)";

    private PersonalData() {
    }

    /** The name an erased person goes by: recognisable as erased, still distinct per person. */
    public static String placeholder(long personId) {
        return "Gewiste persoon #" + personId;
    }

    /**
     * Whether a text repeats one of these values (case and spacing ignored), so that a reason for erasure
     * cannot carry the erased data into the trail.
     */
    public static boolean mentions(String text, String... values) {
        String haystack = squeezed(text);
        return Arrays.stream(values).filter(Objects::nonNull).map(PersonalData::squeezed)
                .anyMatch(value -> !value.isEmpty() && haystack.contains(value));
    }

    /** How the audit trail writes an affiliation's creation for this person (see FieldChanges#toJson). */
    public static String affiliationOf(long personId) {
        return "\"person\":{\"from\":null,\"to\":\"" + personId + "\"}";
    }

    private static String squeezed(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
