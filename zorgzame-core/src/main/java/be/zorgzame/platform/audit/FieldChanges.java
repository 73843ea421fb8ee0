package be.zorgzame.platform.audit;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields one change touched, with their old and new values, in the order they were compared.
 * Unchanged fields are left out so the audit trail shows only what really changed.
 */
public class FieldChanges {

    private record Change(String from, String to) {
    }

    private final Map<String, Change> changes = new LinkedHashMap<>();

    /**
     * Compares two snapshots of the same record type component by component; either may be
     * {@code null} (creation, deletion). Components named in {@code ignored} are left out.
     */
    public static <R extends Record> FieldChanges between(Class<R> type, R before, R after, String... ignored) {
        Set<String> skip = Set.of(ignored);
        FieldChanges changes = new FieldChanges();
        for (RecordComponent component : type.getRecordComponents()) {
            if (!skip.contains(component.getName())) {
                changes.compare(component.getName(), valueOf(component, before), valueOf(component, after));
            }
        }
        return changes;
    }

    public FieldChanges compare(String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.put(field, new Change(text(from), text(to)));
        }
        return this;
    }

    public FieldChanges added(String field, Object value) {
        return compare(field, null, value);
    }

    public FieldChanges removed(String field, Object value) {
        return compare(field, value, null);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public Set<String> fields() {
        return changes.keySet();
    }

    /** JSON object {@code {"field": {"from": ..., "to": ...}}} as stored in the audit trail. */
    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        changes.forEach((field, change) -> {
            JsonObjectBuilder value = Json.createObjectBuilder();
            if (change.from() == null) {
                value.addNull("from");
            } else {
                value.add("from", change.from());
            }
            if (change.to() == null) {
                value.addNull("to");
            } else {
                value.add("to", change.to());
            }
            json.add(field, value);
        });
        return json.build().toString();
    }

    private static Object valueOf(RecordComponent component, Record snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return component.getAccessor().invoke(snapshot);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
