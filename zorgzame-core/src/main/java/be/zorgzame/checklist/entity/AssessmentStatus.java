package be.zorgzame.checklist.entity;

/** Where a municipality or neighbourhood stands on an item; not applicable needs a reason. */
public enum AssessmentStatus {
    NOT_STARTED, PLANNED, IN_PROGRESS, REALISED, NOT_APPLICABLE
}
