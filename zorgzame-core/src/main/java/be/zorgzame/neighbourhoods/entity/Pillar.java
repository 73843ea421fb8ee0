package be.zorgzame.neighbourhoods.entity;

/** The three pillars of the caring-neighbourhood policy an initiative can focus on. */
public enum Pillar {
    /** Participation of the neighbourhood: the social fabric. */
    PARTICIPATION,
    /** Links between informal and formal care. */
    INFORMAL_FORMAL_CARE,
    /** Care and welfare working with partners of other sectors. */
    INTERSECTORAL_COLLABORATION
}
