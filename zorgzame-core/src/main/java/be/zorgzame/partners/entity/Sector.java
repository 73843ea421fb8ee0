package be.zorgzame.partners.entity;

/** Policy sectors an organisation works in; collaboration beyond care and welfare is what lags. */
public enum Sector {
    CARE, WELFARE, HEALTH, EDUCATION, HOUSING, SPATIAL_PLANNING, MOBILITY, LEISURE_CULTURE_SPORT, WORK, SAFETY, OTHER;

    public boolean isCareOrWelfare() {
        return this == CARE || this == WELFARE || this == HEALTH;
    }
}
