package be.zorgzame.platform.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The directory the backups go to. Each backup gets a directory of its own named after its time, so
 * their names sort by age; only directories with such a name are listed or ever removed, whatever
 * else an administrator keeps there.
 */
public final class BackupFolder {

    private static final String PREFIX = "zorgzame-";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{8}-\\d{6})(-\\d+)?");

    private final Path directory;

    public BackupFolder(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /**
     * Copies the Derby database of this connection with {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}: online,
     * a transaction-consistent copy while others keep working.
     */
    public Backup backUp(Connection derby, LocalDateTime now) throws SQLException {
        Path target = freeTarget(now.truncatedTo(ChronoUnit.SECONDS));
        try (CallableStatement backup = derby.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, target.toString());
            backup.execute();
        }
        return read(target).orElseThrow(() -> new SQLException("Derby wrote no database copy into " + target));
    }

    /** The backups, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory)
                    .map(this::read)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Backup::takenAt).thenComparing(Backup::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Backup> find(String name) {
        return list().stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /** Removes all but the newest {@code keep} backups and answers those removed. */
    public List<Backup> keepNewest(int keep) {
        List<Backup> removed = new ArrayList<>();
        List<Backup> backups = list();
        for (Backup old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            delete(directory.resolve(old.name()));
            removed.add(old);
        }
        return removed;
    }

    private Path freeTarget(LocalDateTime time) {
        String name = PREFIX + TIME.format(time);
        Path target = directory.resolve(name);
        for (int n = 2; Files.exists(target); n++) {
            target = directory.resolve(name + "-" + n);
        }
        return target;
    }

    /** A backup directory holds exactly one thing: the database directory Derby wrote. */
    private Optional<Backup> read(Path backupDirectory) {
        Matcher name = NAME.matcher(backupDirectory.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(backupDirectory)) {
            List<Path> databases = entries.filter(Files::isDirectory).toList();
            if (databases.size() != 1) {
                return Optional.empty();
            }
            return Optional.of(new Backup(backupDirectory.getFileName().toString(),
                    LocalDateTime.parse(name.group(1), TIME), size(backupDirectory), databases.get(0)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path tree) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void delete(Path tree) {
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
