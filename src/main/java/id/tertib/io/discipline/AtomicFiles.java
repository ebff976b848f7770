package id.tertib.io.discipline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Puts a finished temporary file in place, atomically where the file system can (a network share may not). */
final class AtomicFiles {

    private AtomicFiles() {
    }

    static void move(Path finished, Path target) throws IOException {
        try {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
