package be.zorgzame.intervision.boundary;

/** How the caller takes part in a group: what they may see and do there follows from it. */
public enum MyPart {
    /** Leads the group: plans sessions, manages members, sees everything of the group. */
    FACILITATOR,
    /** Accepted the confidentiality agreement: sees the group's work and takes part. */
    MEMBER,
    /** Added to the group but has not accepted the agreement yet: sees only the group and the agreement. */
    INVITED
}
