package be.zorgzame.partners.entity;

/** The broad kinds of partner the research distinguishes (figure 2 of the toolbox). */
public enum OrganisationCategory {
    FORMAL, INFORMAL, POLICY_ACTOR, LOCAL_STAKEHOLDER, SUPRA_LOCAL
}
