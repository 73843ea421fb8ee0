package be.zorgzame.platform.problem;

/** The step asked for is not possible in the object's present state (signing a draft, changing an active version). */
public class WrongStateException extends ZorgzameException {

    public WrongStateException(String message) {
        super(message);
    }
}
