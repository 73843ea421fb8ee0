package be.zorgzame.platform.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks the values of some fields in the changes an audit entry stores ({@code {"field": {"from": …, "to": …}}}),
 * keeping that the field changed and when: what an erasure leaves of a person's history.
 */
public final class Redaction {

    /** What stands in the trail where an erased value was. */
    public static final String ERASED = "[gewist]";

    private Redaction() {
    }

    /** The changes with every non-empty value of these fields replaced by {@link #ERASED}; other fields untouched. */
    public static String of(String changes, Set<String> fields) {
        if (changes == null || changes.isBlank()) {
            return changes;
        }
        JsonObject stored;
        try (JsonReader reader = Json.createReader(new StringReader(changes))) {
            stored = reader.readObject();
        }
        JsonObjectBuilder redacted = Json.createObjectBuilder();
        stored.forEach((field, change) -> redacted.add(field,
                fields.contains(field) && change.getValueType() == JsonValue.ValueType.OBJECT
                        ? blanked(change.asJsonObject()) : change));
        return redacted.build().toString();
    }

    /** The text with every whole occurrence of a value (not inside a longer word or number) replaced. */
    public static String replaceWhole(String text, String value, String replacement) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])")
                .matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }

    private static JsonObject blanked(JsonObject change) {
        JsonObjectBuilder blank = Json.createObjectBuilder();
        change.forEach((side, value) -> {
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                blank.add(side, value);
            } else {
                blank.add(side, ERASED);
            }
        });
        return blank.build();
    }
}
