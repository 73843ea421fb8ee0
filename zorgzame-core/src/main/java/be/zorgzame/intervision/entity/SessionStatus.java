package be.zorgzame.intervision.entity;

/** A planned session can be cancelled; it is kept so calendars and registrations learn of it. */
public enum SessionStatus {
    PLANNED, CANCELLED
}
