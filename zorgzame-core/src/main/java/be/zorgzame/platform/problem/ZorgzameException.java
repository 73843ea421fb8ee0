package be.zorgzame.platform.problem;

import jakarta.ejb.ApplicationException;

/**
 * Root of the module's business exceptions. Unchecked and marking the transaction for rollback, so a
 * refused change never leaves anything half-written.
 */
@ApplicationException(rollback = true)
public abstract class ZorgzameException extends RuntimeException {

    protected ZorgzameException(String message) {
        super(message);
    }
}
