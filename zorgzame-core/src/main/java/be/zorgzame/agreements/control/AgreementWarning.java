package be.zorgzame.agreements.control;

import java.io.Serializable;

/** A check that an agreement fails: what ({@code code}) and about which area or party ({@code subject}, may be null). */
public record AgreementWarning(Code code, String subject) implements Serializable {

    /** The checks the toolbox's advice on organisation structures leads to. */
    public enum Code {
        NO_REGIE_PARTY, AREA_WITHOUT_OWNER, TASKS_WITHOUT_DECISION_RIGHTS, TASKS_WITHOUT_CONTACT, NO_REVIEW_DATE,
        PARTY_NOT_INVOLVED
    }
}
