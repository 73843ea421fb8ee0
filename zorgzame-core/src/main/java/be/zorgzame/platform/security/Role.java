package be.zorgzame.platform.security;

/**
 * The module's roles. The names are the group names the identity store returns and the role names
 * used in {@code @RolesAllowed} and web.xml, so they must never be renamed.
 */
public enum Role {
    /** Municipal (gemeente/OCMW) staff planning the work and keeping the overview. */
    MUNICIPAL_STAFF,
    /** Staff of a partner organisation, acting for that one organisation only. */
    PARTNER_STAFF,
    /** Staff of a supra-local support actor organising intervision, training and coaching. */
    REGIONAL_SUPPORT,
    /** Application administrators: users, reference data, the audit trail. */
    ADMIN;

    public static final String MUNICIPAL_STAFF_NAME = "MUNICIPAL_STAFF";
    public static final String PARTNER_STAFF_NAME = "PARTNER_STAFF";
    public static final String REGIONAL_SUPPORT_NAME = "REGIONAL_SUPPORT";
    public static final String ADMIN_NAME = "ADMIN";
}
