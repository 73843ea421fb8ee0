package be.zorgzame.agreements.entity;

/** Why an agreement needs attention: its review date, its end date, or parties that have not answered. */
public enum ReminderKind {
    REVIEW_DUE, EXPIRING, SIGN_OFF_PENDING
}
