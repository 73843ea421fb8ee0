package be.zorgzame.platform.backup;

import be.zorgzame.platform.problem.ZorgzameException;

/** A backup was asked of a database this module does not back up itself (PostgreSQL: pg_dump does). */
public class BackupNotPossibleException extends ZorgzameException {

    public BackupNotPossibleException(String message) {
        super(message);
    }
}
