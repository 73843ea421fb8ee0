package be.zorgzame.checklist.entity;

/**
 * The group an item belongs to within its framework: the policy level a recommendation addresses
 * (Flemish, local, alignment with the federal level and the GGC, supra-local), the toetsingskader's goal
 * and process priorities, a building block, or an item of a framework an administrator added.
 */
public enum ItemLevel {
    FLEMISH, LOCAL, ALIGNMENT, SUPRA_LOCAL, GOAL, PROCESS, BUILDING_BLOCK, OWN
}
