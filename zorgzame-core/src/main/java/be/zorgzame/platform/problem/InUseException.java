package be.zorgzame.platform.problem;

/** The object cannot be deleted while other records still refer to it. */
public class InUseException extends ZorgzameException {

    public InUseException(String entityType, Object id) {
        super(entityType + " " + id + " is still referred to");
    }
}
