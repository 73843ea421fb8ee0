package be.zorgzame.partners.entity;

/** The levels of collaboration (samenwerkingsniveaus), from loose to close. */
public enum CollaborationLevel {
    EXCHANGING_INFORMATION, ALIGNING_ACTIVITIES, ORGANISING_TOGETHER
}
