package be.zorgzame.agreements.entity;

/**
 * Where a version is in its life: drafted, submitted for sign-off, active once every party accepted,
 * superseded by an accepted amendment, or terminated. Expiry is not stored: an active version past its
 * end date is shown as expired.
 */
public enum AgreementStatus {
    DRAFT, SUBMITTED, ACTIVE, SUPERSEDED, TERMINATED, EXPIRED
}
