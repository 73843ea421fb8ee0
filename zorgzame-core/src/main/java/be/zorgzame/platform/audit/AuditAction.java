package be.zorgzame.platform.audit;

/** What happened to the audited object. */
public enum AuditAction {
    CREATED, UPDATED, DELETED
}
