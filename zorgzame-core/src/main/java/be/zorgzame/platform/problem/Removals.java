package be.zorgzame.platform.problem;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * Removes an entity, and turns "other records still refer to it" (an integrity violation, SQL state
 * class 23) into {@link InUseException}: the client gets a 409, nothing is removed.
 */
public final class Removals {

    private static final String INTEGRITY_VIOLATION = "23";

    private Removals() {
    }

    public static void remove(EntityManager em, Object entity, String entityType, Object id) {
        em.remove(entity);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isIntegrityViolation(e)) {
                throw new InUseException(entityType, id);
            }
            throw e;
        }
    }

    private static boolean isIntegrityViolation(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_VIOLATION)) {
                return true;
            }
        }
        return false;
    }
}
