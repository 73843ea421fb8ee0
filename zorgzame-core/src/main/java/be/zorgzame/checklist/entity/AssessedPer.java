package be.zorgzame.checklist.entity;

/** Whether a framework's items are assessed once per municipality (the recommendations) or per neighbourhood. */
public enum AssessedPer {
    MUNICIPALITY, NEIGHBOURHOOD
}
