package be.zorgzame.intervision.boundary;

import java.io.Serializable;

/** A group in the caller's list of groups. */
public record GroupSummary(long id, String name, String facilitator, long members, int maxMembers, MyPart myPart) implements Serializable {
}
