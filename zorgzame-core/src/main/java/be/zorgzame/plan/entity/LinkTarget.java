package be.zorgzame.plan.entity;

/** What a plan item can be linked to (an assessment of the policy checklist too); the link holds the type and the target's id. */
public enum LinkTarget {
    NEIGHBOURHOOD, AGREEMENT, MANDATE, ASSESSMENT
}
