package be.zorgzame.mandates.entity;

/** How freely the holder decides in a decision area. */
public enum FreedomLevel {
    AUTONOMOUS, AFTER_CONSULTATION, APPROVAL_NEEDED
}
