package be.zorgzame.agreements.entity;

/** A party's role in the agreement; a party can have several. */
public enum PartyRole {
    REGIE, EXECUTING, SUPPORTING, FINANCING, PROVIDING_SPACE, ADVISING
}
