package be.zorgzame.platform.problem;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Optimistic concurrency for changes made from what a client read earlier: two people editing the
 * same object never silently overwrite each other.
 */
public final class EditConflicts {

    private EditConflicts() {
    }

    /** The client must send the version it read, and that must still be the current version. */
    public static void requireCurrent(String entityType, long id, int currentVersion, Integer readVersion) {
        if (readVersion == null) {
            throw new InvalidInputException("version", "{zorgzame.version.required}");
        }
        if (currentVersion != readVersion) {
            throw new ConflictException(entityType, id);
        }
    }

    /** Writes now, so that a change committed by someone else meanwhile is a conflict, not an overwrite. */
    public static void flush(EntityManager em, String entityType, long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(entityType, id);
        }
    }
}
