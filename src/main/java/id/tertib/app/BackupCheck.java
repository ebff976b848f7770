package id.tertib.app;

import java.nio.file.Path;

/** A file that passed every check before a restore: intact, a Tertib database, a schema this app knows. */
public record BackupCheck(Path file, String schemaVersion) {
}
