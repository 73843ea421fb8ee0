package be.zorgzame.platform.problem;

/** The caller is known but lacks the role or the organisation needed for this action. */
public class ForbiddenException extends ZorgzameException {

    public ForbiddenException(String message) {
        super(message);
    }
}
