package id.tertib.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Another Tertib in its own process, for the one-writer tests: opens the database given as the argument,
 * prints "open writable" or "open read-only", and keeps it open until its standard input ends (or it is
 * killed, as a crash would).
 */
public final class SecondTertibProcess {

    private SecondTertibProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (Tertib tertib = Tertib.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            System.out.println(tertib.isReadOnly() ? "open read-only" : "open writable");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
    }

    /** Starts the process and waits until it has the database open; returns it with its first line. */
    public static Started start(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", SecondTertibProcess.class.getName(),
                db.toAbsolutePath().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        return new Started(process, line);
    }

    /** A running second Tertib and what it said when it opened the database. */
    public record Started(Process process, String said) {
    }
}
