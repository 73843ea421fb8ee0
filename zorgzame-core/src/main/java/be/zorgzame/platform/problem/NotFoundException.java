package be.zorgzame.platform.problem;

/** The requested object does not exist (or the caller may not know that it does). */
public class NotFoundException extends ZorgzameException {

    public NotFoundException(String entityType, Object id) {
        super(entityType + " " + id + " not found");
    }
}
