package be.zorgzame.checklist.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A hint, drawn from the module's own data, that an item may be (partly) realised: the item by framework
 * and item code, why (a message key of {@code ChecklistTexts} and its arguments) and the objects that
 * show it, which staff can link as evidence. Shown next to the item; never sets a status.
 */
public record Suggestion(String frameworkCode, String itemCode, String reasonKey, List<String> reasonArguments,
                         List<Evidence> evidence) {

    /** An object that supports the suggestion, as an evidence link would point at it. */
    public record Evidence(EvidenceTarget targetType, long targetId) implements Serializable {
    }

    public Suggestion {
        Objects.requireNonNull(frameworkCode);
        Objects.requireNonNull(itemCode);
        Objects.requireNonNull(reasonKey);
        reasonArguments = List.copyOf(reasonArguments);
        evidence = List.copyOf(evidence);
    }
}
