package id.tertib.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where Tertib may write a file the user named: one place for every export, backup and save dialog (issue 13). Never
 * over the database in use or its companions ({@code -wal}, {@code -shm}, {@code -journal}, the lock), never over a
 * file in the backups folder (what a restore falls back on), never over the file the same command reads; and never
 * over an existing file the user did not confirm replacing (a save dialog asks itself; the command line wants
 * {@code --force}).
 */
public final class OutputFiles {

    private static final List<String> COMPANIONS = List.of("", "-wal", "-shm", "-journal", ".lock");

    private final Path database;

    OutputFiles(Path database) {
        this.database = database.toAbsolutePath().normalize();
    }

    /**
     * Refuses the files no confirmation may replace: the database and its companions, the backups folder's files, and
     * the {@code inputs} of the same command.
     */
    public void requireNotProtected(Path out, Path... inputs) {
        Path target = out.toAbsolutePath().normalize();
        for (String suffix : COMPANIONS) {
            if (same(target, database.resolveSibling(database.getFileName() + suffix))) {
                throw AppException.of("app.output.database", target, database);
            }
        }
        Path backups = BackupFolder.of(database).toAbsolutePath().normalize();
        if (target.startsWith(backups) && Files.exists(target)) {
            throw AppException.of("app.output.backups", target, backups);
        }
        for (Path input : inputs) {
            if (input != null && same(target, input.toAbsolutePath().normalize())) {
                throw AppException.of("app.output.input", target);
            }
        }
    }

    /** {@link #requireNotProtected} and, unless {@code replace} was confirmed, no existing file. */
    public void require(Path out, boolean replace, Path... inputs) {
        requireNotProtected(out, inputs);
        if (!replace && Files.exists(out)) {
            throw AppException.of("app.output.exists", out.toAbsolutePath().normalize());
        }
    }

    /** The same file, also through a link or another spelling of the path, where the file system can tell. */
    private static boolean same(Path a, Path b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
