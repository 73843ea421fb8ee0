package be.zorgzame.agreements.entity;

/** How a party decides in a decision area: alone, after consulting the others, or not at all (the coordination body decides). */
public enum DecisionLevel {
    DECIDES_ALONE, AFTER_CONSULTATION, COORDINATION_BODY_ONLY
}
