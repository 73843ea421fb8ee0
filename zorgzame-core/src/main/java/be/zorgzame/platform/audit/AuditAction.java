package be.zorgzame.platform.audit;

/** What happened to the audited object; ERASED: a person's data were anonymised (GDPR). */
public enum AuditAction {
    CREATED, UPDATED, DELETED, ERASED
}
