package id.tertib.app;

import id.tertib.domain.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Turns a writer's I/O failure into a message that names the file (the writers themselves never leave half a file). */
final class Exports {

    /** Writing that may fail with an I/O error. */
    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }

    private Exports() {
    }

    static void write(Path file, IoAction action) {
        try {
            action.run();
        } catch (IOException | RuntimeException e) {
            throw new AppException(List.of(Problem.of(null, "dossier.cannotWrite", file.toAbsolutePath())), e);
        }
    }

    static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new AppException(List.of(Problem.of(null, "dossier.cannotPrint", String.valueOf(e.getMessage()))), e);
        }
    }
}
