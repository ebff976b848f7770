package id.tertib.app;

import java.nio.file.Path;

/** What a restore did: the backup it restored, and where the database as it was before is kept. */
public record RestoreResult(Path restoredFrom, Path previousCopy, String schemaVersion) {
}
