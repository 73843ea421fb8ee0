package be.zorgzame.agreements.boundary;

import java.io.Serializable;

/**
 * One thing that differs between two versions of an agreement. {@code party} names the party it
 * concerns (null for the agreement itself), {@code detail} the decision area or body where that
 * matters; {@code before} or {@code after} is null when the thing was added or removed.
 */
public record VersionDifference(Aspect aspect, String party, String detail, Object before, Object after) implements Serializable {

    /** What changed, in the order a reader of the agreement meets it. */
    public enum Aspect {
        TITLE, PURPOSE, VALID_FROM, VALID_TO, REVIEW_DATE, ESCALATION_ROUTE, DECISION_AREA,
        PARTY, ROLES, TASKS, DECISION_RIGHT, CONTACT_PERSON, HOURS_PER_WEEK, BUDGET_PER_YEAR, SPACE, MATERIAL,
        BODY, BODY_KIND, BODY_CADENCE, BODY_MEMBERS
    }
}
