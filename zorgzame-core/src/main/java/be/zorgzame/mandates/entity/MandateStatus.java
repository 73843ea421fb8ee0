package be.zorgzame.mandates.entity;

/**
 * Where a mandate is in its life: drafted (the decision is being prepared), active once granted, ended.
 * Expiry is not stored: an active mandate past its end date is flagged by a warning, as it is still used.
 */
public enum MandateStatus {
    DRAFT, ACTIVE, ENDED
}
