package id.tertib.io.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file large enough to be parsed in slices comes out exactly as a small one would: every line, in order. */
class AttlogLargeFileTest {

    private static final java.time.format.DateTimeFormatter AT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @TempDir
    Path dir;

    @Test
    void keepsEveryLineInOrderWithItsNumberAndError() throws Exception {
        int lines = 150_001;
        StringBuilder text = new StringBuilder("No\tPIN\tDateTime\n");
        LocalDateTime start = LocalDateTime.of(2026, 8, 3, 7, 0);
        for (int i = 0; i < lines; i++) {
            text.append(i == 100_000 ? "        42\tnot a time\t1\t0\t1\t0\n"
                    : "        " + (1000 + i % 7) + "\t" + start.plusSeconds(i).format(AT)
                            + "\t1\t0\t1\t0\n");
            if (i == 60_000) {
                text.append("\n");
            }
        }
        text.append("A3F9\n");
        Path file = Files.writeString(dir.resolve("big_attlog.dat"), text);

        var read = new AttlogReader().read(file);

        assertThat(read.rows()).hasSize(lines - 1);
        assertThat(read.errors()).singleElement().satisfies(e -> assertThat(e.row()).isEqualTo(100_000 + 3));
        for (int k = 0; k < read.rows().size(); k++) {
            Punch p = read.rows().get(k);
            int i = k < 100_000 ? k : k + 1; // the bad line is missing from the rows
            assertThat(p.at()).isEqualTo(start.plusSeconds(i));
            assertThat(p.line()).isEqualTo(i + 2 + (i > 60_000 ? 1 : 0));
        }
    }
}
