package be.zorgzame.agreements.entity;

/** The kinds of coordination body the toolbox names. */
public enum BodyKind {
    STEERING_GROUP, CORE_TEAM, WORKING_GROUP, NEIGHBOURHOOD_MEETING, OTHER
}
