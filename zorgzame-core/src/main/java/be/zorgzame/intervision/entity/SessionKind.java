package be.zorgzame.intervision.entity;

/** What a session of a group is: the support forms supra-local actors offer (supra-local recommendation). */
public enum SessionKind {
    INTERVISION, TRAINING, COACHING
}
