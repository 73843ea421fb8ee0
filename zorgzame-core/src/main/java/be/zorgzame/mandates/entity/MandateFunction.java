package be.zorgzame.mandates.entity;

/** What the holder does in the neighbourhood: coordinate it (regie, the linchpin), work in it, or help coordinate as a team member. */
public enum MandateFunction {
    COORDINATOR, NEIGHBOURHOOD_WORKER, TEAM_MEMBER
}
