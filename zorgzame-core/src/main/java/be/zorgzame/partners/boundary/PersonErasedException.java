package be.zorgzame.partners.boundary;

import be.zorgzame.platform.problem.WrongStateException;

/**
 * The person was erased: nothing of them is changed any more, neither their details nor their affiliations,
 * and no second erasure hides the first.
 */
public class PersonErasedException extends WrongStateException {

    public PersonErasedException(long personId) {
        super("person " + personId + " was erased");
    }
}
