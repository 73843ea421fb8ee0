package be.zorgzame.privacy.entity;

/** What of a person was read: their detail (REST or page) or the whole data-subject report. */
public enum AccessKind {
    DETAIL, REPORT
}
