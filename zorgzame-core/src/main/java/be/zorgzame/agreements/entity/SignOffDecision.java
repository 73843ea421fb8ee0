package be.zorgzame.agreements.entity;

/** A party's answer to a submitted version. */
public enum SignOffDecision {
    ACCEPTED, DECLINED
}
