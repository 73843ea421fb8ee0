package be.zorgzame.platform.backup;

import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backs up the embedded Derby database into {@value ZorgzameConfig#BACKUP_DIRECTORY}, keeping the newest
 * {@value ZorgzameConfig#BACKUP_KEEP}; each backup and each removal is in the audit trail. Whether the
 * database is Derby is asked of the connection itself, so the same configuration that chose the
 * database decides. One backup at a time: a scheduled one and a requested one do not overlap.
 */
@ApplicationScoped
public class DatabaseBackups {

    private static final Logger LOG = Logger.getLogger(DatabaseBackups.class.getName());
    private static final String DERBY = "Apache Derby";

    @Inject
    @ConfigProperty(name = ZorgzameConfig.BACKUP_DIRECTORY, defaultValue = "zorgzame-data/backups")
    String directory;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.BACKUP_KEEP, defaultValue = "7")
    int keep;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.BACKUP_SCHEDULE, defaultValue = "02:00")
    String schedule;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    private final ReentrantLock oneAtATime = new ReentrantLock();

    public BackupOverview overview() {
        currentUser.requireAnyOf(Role.ADMIN);
        String database = databaseProduct();
        boolean derby = DERBY.equals(database);
        return new BackupOverview(derby, database, folder().directory(), keep,
                schedule.strip(), derby ? folder().list() : List.of());
    }

    public Backup getBackup(String name) {
        currentUser.requireAnyOf(Role.ADMIN);
        return folder().find(name).orElseThrow(() -> new NotFoundException("Backup", name));
    }

    /** A backup now, for an administrator; refused when the database is not Derby. */
    @Transactional
    public Backup backUp() {
        currentUser.requireAnyOf(Role.ADMIN);
        String database = databaseProduct();
        if (!DERBY.equals(database)) {
            throw new BackupNotPossibleException("The database is " + database + ": back it up with its own tools");
        }
        return takeBackup();
    }

    /** The scheduled backup: nothing when the database is not Derby (PostgreSQL is backed up with pg_dump). */
    @Transactional
    public Optional<Backup> backUpOnSchedule() {
        String database = databaseProduct();
        if (!DERBY.equals(database)) {
            LOG.info(() -> "Scheduled backup skipped: the database is " + database + ", back it up with its own tools");
            return Optional.empty();
        }
        return Optional.of(takeBackup());
    }

    /** The schedule configured, empty when off; an unreadable value is an IllegalArgumentException. */
    public Optional<BackupSchedule> schedule() {
        return BackupSchedule.parse(schedule);
    }

    private Backup takeBackup() {
        oneAtATime.lock();
        try (Connection connection = dataSource().getConnection()) {
            BackupFolder folder = folder();
            Backup backup = folder.backUp(connection, LocalDateTime.now());
            auditTrail.created(Backup.class, backup.name(), new FieldChanges()
                    .added("restoreFrom", backup.restoreFrom().toString())
                    .added("sizeBytes", backup.sizeBytes()));
            for (Backup removed : folder.keepNewest(keep)) {
                auditTrail.deleted(Backup.class, removed.name(), new FieldChanges()
                        .removed("restoreFrom", removed.restoreFrom().toString()));
            }
            LOG.info(() -> "Database backed up to " + backup.restoreFrom());
            return backup;
        } catch (SQLException e) {
            throw new IllegalStateException("Database backup into " + folder().directory() + " failed", e);
        } finally {
            oneAtATime.unlock();
        }
    }

    private String databaseProduct() {
        try (Connection connection = dataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    private BackupFolder folder() {
        return new BackupFolder(Path.of(directory));
    }

    /** Looked up, not injected, as in the schema migration: resource injection into a library jar is not portable. */
    private static DataSource dataSource() {
        try {
            return InitialContext.doLookup(ZorgzameConfig.DATASOURCE_JNDI);
        } catch (NamingException e) {
            throw new IllegalStateException("No datasource " + ZorgzameConfig.DATASOURCE_JNDI, e);
        }
    }
}
