package be.zorgzame.intervision.boundary;

/** An account a facilitator can add to a group. */
public record Participant(String username, String displayName) {
}
