package id.tertib.app;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup file in the backups folder: when it was taken, how large it is, and why it was made. */
public record Backup(Path file, LocalDateTime taken, long bytes, Kind kind) {

    /** Automatic (on exit, pruned to the newest N), the copy kept before a restore, or any other file. */
    public enum Kind { AUTOMATIC, BEFORE_RESTORE, OTHER }
}
