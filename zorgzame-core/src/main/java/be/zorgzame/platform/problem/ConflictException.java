package be.zorgzame.platform.problem;

/** Someone else changed the object since the caller read it; the caller must reload and retry. */
public class ConflictException extends ZorgzameException {

    public ConflictException(String entityType, Object id) {
        super(entityType + " " + id + " was changed by someone else");
    }
}
