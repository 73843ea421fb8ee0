package be.zorgzame.partners.entity;

/** The GDPR article 6(1) ground on which a contact person's data are kept. */
public enum LegalBasis {
    CONSENT, CONTRACT, LEGAL_OBLIGATION, PUBLIC_TASK, LEGITIMATE_INTEREST
}
