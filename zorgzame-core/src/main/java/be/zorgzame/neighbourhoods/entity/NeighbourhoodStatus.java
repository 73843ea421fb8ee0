package be.zorgzame.neighbourhoods.entity;

/** Where a caring-neighbourhood initiative stands; "sustained" means it survives on regular means. */
public enum NeighbourhoodStatus {
    STARTING, RUNNING, SUSTAINED, STOPPED
}
