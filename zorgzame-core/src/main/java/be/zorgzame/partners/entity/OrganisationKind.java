package be.zorgzame.partners.entity;

/** What an organisation is, within its {@link OrganisationCategory}. */
public enum OrganisationKind {
    CARE_WELFARE_PROVIDER(OrganisationCategory.FORMAL),
    LOCAL_GOVERNMENT_SERVICE(OrganisationCategory.FORMAL),
    CITIZEN_INITIATIVE(OrganisationCategory.INFORMAL),
    ASSOCIATION(OrganisationCategory.INFORMAL),
    VOLUNTEERS_GROUP(OrganisationCategory.INFORMAL),
    INFORMAL_CARERS(OrganisationCategory.INFORMAL),
    ADVISORY_COUNCIL(OrganisationCategory.POLICY_ACTOR),
    LOCAL_STAKEHOLDER(OrganisationCategory.LOCAL_STAKEHOLDER),
    SUPRA_LOCAL_SUPPORT(OrganisationCategory.SUPRA_LOCAL);

    private final OrganisationCategory category;

    OrganisationKind(OrganisationCategory category) {
        this.category = category;
    }

    public OrganisationCategory category() {
        return category;
    }
}
