package be.zorgzame.web.api.intervision;

/** A step on a session as read ({@code version}), such as cancelling it. */
public record SessionVersion(Integer version) {
}
