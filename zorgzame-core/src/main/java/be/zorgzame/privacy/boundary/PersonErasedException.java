package be.zorgzame.privacy.boundary;

import be.zorgzame.platform.problem.WrongStateException;

/** The person was erased already: there is nothing left to erase, and a second erasure would hide the first. */
public class PersonErasedException extends WrongStateException {

    public PersonErasedException(long personId) {
        super("person " + personId + " was erased already");
    }
}
