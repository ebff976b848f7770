package id.tertib.io.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The hand-read date-time of an attlog line agrees with the strict formatter it stands in front of. */
class AttlogDateTimeTest {

    @Test
    void readsTheCommonShapeAndLeavesEverythingElseToTheFormatter() {
        assertThat(AttlogReader.fastDateTime("2026-11-16 07:30:59")).isEqualTo(LocalDateTime.of(2026, 11, 16, 7, 30, 59));
        assertThat(AttlogReader.fastDateTime("2024-02-29 00:00:00")).isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
        assertThat(AttlogReader.fastDateTime("2025-02-29 07:00:00")).as("no 29 Feb in 2025").isNull();
        assertThat(AttlogReader.fastDateTime("2025-04-31 07:00:00")).isNull();
        assertThat(AttlogReader.fastDateTime("2025-13-01 07:00:00")).isNull();
        assertThat(AttlogReader.fastDateTime("2025-06-01 24:00:00")).isNull();
        assertThat(AttlogReader.fastDateTime("2025-06-01 23:60:00")).isNull();
        assertThat(AttlogReader.fastDateTime("0000-06-01 07:00:00")).isNull();
        assertThat(AttlogReader.fastDateTime("2025-06-01T07:00:00")).isNull();
        assertThat(AttlogReader.fastDateTime("2025-06-01 07:0x:00")).isNull();
        assertThat(AttlogReader.fastDateTime("2025-6-01 07:00:00")).isNull();
    }

    @Test
    void theFormatterStillDecidesWhatTheFastPathLeaves() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("attlog", ".dat");
        java.nio.file.Files.writeString(file, "1\t2025-06-01  07:00:00\n2\t2025-02-29 07:00:00\n3\t2025-06-02 07:00:01\n");

        var read = new AttlogReader().read(file);

        assertThat(read.rows()).extracting(Punch::pin, Punch::at).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", LocalDateTime.of(2025, 6, 1, 7, 0)),
                org.assertj.core.groups.Tuple.tuple("3", LocalDateTime.of(2025, 6, 2, 7, 0, 1)));
        assertThat(read.errors()).singleElement().satisfies(e -> assertThat(e.row()).isEqualTo(2));
        java.nio.file.Files.delete(file);
    }
}
