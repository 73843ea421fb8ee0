package be.zorgzame.checklist.entity;

/**
 * What an evidence link points at. Each is checked to exist by the component that owns it (an
 * {@code EvidenceLookup}).
 */
public enum EvidenceTarget {
    PLAN_ITEM, AGREEMENT, MANDATE, MEETING_PLACE, INTERVISION_SESSION
}
