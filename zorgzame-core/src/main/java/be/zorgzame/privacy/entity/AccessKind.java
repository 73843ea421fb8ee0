package be.zorgzame.privacy.entity;

/**
 * What of a person was read: their detail (REST or page), the whole data-subject report, or their row in a
 * list of people (an organisation's contact persons), logged for each person the list showed.
 */
public enum AccessKind {
    DETAIL, REPORT, LIST
}
