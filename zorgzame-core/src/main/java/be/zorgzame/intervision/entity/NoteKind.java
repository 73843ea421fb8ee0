package be.zorgzame.intervision.entity;

/** The confidential texts of a session: the case brought in, notes taken, and action points agreed. */
public enum NoteKind {
    CASE_DESCRIPTION, NOTE, ACTION_POINT
}
