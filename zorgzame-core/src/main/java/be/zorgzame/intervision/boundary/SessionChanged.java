package be.zorgzame.intervision.boundary;

/** A planned session was changed or cancelled (its sequence number went up): registered members are told. */
public record SessionChanged(long sessionId) {
}
