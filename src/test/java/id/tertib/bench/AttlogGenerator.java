package id.tertib.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A ZKTeco {@code attlog.dat} as a large office's machines would give it: every person (PINs from 1001) punches twice on
 * every working day, arriving around 07:00-07:45 and leaving around 16:00-16:50 (16:30-17:20 on Fridays), with the
 * device's state, verify mode and work code fields. The same seed gives the same file.
 */
final class AttlogGenerator {

    static final int FIRST_PIN = 1001;

    private AttlogGenerator() {
    }

    /** Writes the file and returns how many lines it has. */
    static long write(Path file, int staff, List<LocalDate> workingDays, long seed) throws IOException {
        Random r = new Random(seed);
        long lines = 0;
        StringBuilder line = new StringBuilder(64);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (LocalDate day : workingDays) {
                String date = day.toString();
                boolean friday = day.getDayOfWeek() == java.time.DayOfWeek.FRIDAY;
                for (int p = 0; p < staff; p++) {
                    String pin = String.valueOf(FIRST_PIN + p);
                    int arrival = 7 * 3600 + r.nextInt(45 * 60);
                    int departure = (friday ? 16 * 3600 + 30 * 60 : 16 * 3600) + r.nextInt(50 * 60);
                    String verify = r.nextInt(4) == 0 ? "15" : "1";
                    for (int[] scan : new int[][] {{arrival, 0}, {departure, 1}}) {
                        line.setLength(0);
                        line.append(" ".repeat(Math.max(0, 12 - pin.length()))).append(pin).append('\t')
                                .append(date).append(' ').append(two(scan[0] / 3600)).append(':')
                                .append(two(scan[0] / 60 % 60)).append(':').append(two(scan[0] % 60))
                                .append("\t1\t").append(scan[1]).append('\t').append(verify).append("\t0\n");
                        out.append(line);
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
