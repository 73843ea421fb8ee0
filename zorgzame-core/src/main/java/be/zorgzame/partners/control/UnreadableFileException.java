package be.zorgzame.partners.control;

import be.zorgzame.platform.problem.InvalidInputException;

/** An uploaded file that cannot be read as a table at all; the message key says why. */
public class UnreadableFileException extends InvalidInputException {

    public static final String FIELD = "file";

    public UnreadableFileException(String messageKey) {
        super(FIELD, messageKey);
    }
}
