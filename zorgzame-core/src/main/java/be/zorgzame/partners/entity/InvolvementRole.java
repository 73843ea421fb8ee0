package be.zorgzame.partners.entity;

/** An organisation's role in a neighbourhood; the regie actor is the one coordinating. */
public enum InvolvementRole {
    REGIE_ACTOR, CORE_PARTNER, PARTNER, EXTERNAL_PARTNER, SUPRA_LOCAL_SUPPORT
}
