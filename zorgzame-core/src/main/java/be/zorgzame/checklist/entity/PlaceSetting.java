package be.zorgzame.checklist.entity;

/** Whether a meeting place is indoors, outdoors (a square, a park, a garden) or both. */
public enum PlaceSetting {
    INDOOR, OUTDOOR, BOTH
}
