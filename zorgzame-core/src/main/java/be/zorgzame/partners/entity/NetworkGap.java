package be.zorgzame.partners.entity;

/** The weaknesses of a neighbourhood's network that the research names. */
public enum NetworkGap {
    /** Nobody coordinates (no regie actor). */
    NO_REGIE_ACTOR,
    /** No citizens' initiatives, associations, volunteers or informal carers take part. */
    NO_INFORMAL_PARTNERS,
    /** Only care, welfare and health: intersectoral collaboration is what lags most. */
    NO_PARTNERS_BEYOND_CARE_AND_WELFARE,
    /** Everything hangs on one organisation. */
    HANGS_ON_ONE_ORGANISATION
}
