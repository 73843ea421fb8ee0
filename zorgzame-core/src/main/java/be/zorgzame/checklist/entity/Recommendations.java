package be.zorgzame.checklist.entity;

/** Codes of the seeded policy recommendations (migration V12) that suggestions refer to. */
public final class Recommendations {

    public static final String FRAMEWORK = "BELEIDSAANBEVELINGEN";
    /** Flemish 2: a coordinated note clarifying roles and task division. */
    public static final String FLEMISH_ROLES = "VL-2";
    /** Flemish 5: a mandate with degrees of freedom for the workers. */
    public static final String FLEMISH_MANDATE = "VL-5";
    /** Flemish 6: physical meeting places, indoors and outdoors. */
    public static final String FLEMISH_MEETING_PLACES = "VL-6";
    /** Local 2: embedding in the meerjarenplan. */
    public static final String LOCAL_MULTI_YEAR_PLAN = "LOK-2";
    /** Local 3: multifunctional meeting places. */
    public static final String LOCAL_MEETING_PLACES = "LOK-3";
    /** Local 4: a professional linchpin as a necessary condition. */
    public static final String LOCAL_LINCHPIN = "LOK-4";
    /** Supra-local: support through intervision. */
    public static final String SUPRA_LOCAL_INTERVISION = "BOV-1";

    private Recommendations() {
    }
}
