package id.tertib.io.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tertib.io.ImportException;
import id.tertib.io.ReadResult;
import id.tertib.io.RowError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttlogReaderTest {

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        return Files.write(dir.resolve("1_attlog.dat"), content.getBytes(StandardCharsets.UTF_8));
    }

    private ReadResult<Punch> read(String content) throws Exception {
        return new AttlogReader().read(write(content));
    }

    @Test
    void readsSpacePaddedPinsAndKeepsTheRawFields() throws Exception {
        ReadResult<Punch> result = read(
                "        1\t2025-01-02 07:31:05\t1\t0\t1\t0\n"
                + "      123\t2025-01-02 16:02:00\t1\t1\t15\t0\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new Punch(1, "1", LocalDateTime.of(2025, 1, 2, 7, 31, 5), "0", "1", "0"),
                new Punch(2, "123", LocalDateTime.of(2025, 1, 2, 16, 2, 0), "1", "15", "0"));
    }

    @Test
    void keepsAWrongInOutStateAsItIs() throws Exception {
        // An afternoon scan with the "in" button and a morning scan with "break-in": not corrected here.
        ReadResult<Punch> result = read(
                "    7\t2025-01-02 07:30:00\t1\t3\t1\t0\n"
                + "    7\t2025-01-02 16:30:00\t1\t0\t1\t0\n");

        assertThat(result.rows()).extracting(Punch::deviceStatus).containsExactly("3", "0");
    }

    @Test
    void returnsDuplicatesAsTheyAre() throws Exception {
        ReadResult<Punch> result = read(
                "    7\t2025-01-02 07:30:00\t1\t0\t1\t0\n"
                + "    7\t2025-01-02 07:30:00\t1\t0\t1\t0\n");

        assertThat(result.rows()).hasSize(2);
        assertThat(result.rows()).extracting(Punch::line).containsExactly(1, 2);
    }

    @Test
    void skipsAHeaderLineAndATrailingChecksumLineSilently() throws Exception {
        ReadResult<Punch> result = read(
                "No\tDateTime\tDevice\tStatus\tVerify\tWorkCode\n"
                + "    5\t2025-01-03 07:10:00\t1\t0\t1\t0\n"
                + "    6\t2025-01-03 07:11:00\t1\t0\t1\t0\n"
                + "3FA9C2\n"
                + "\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(Punch::line).containsExactly(2, 3);
        assertThat(result.rows()).extracting(Punch::pin).containsExactly("5", "6");
    }

    @Test
    void toleratesBomWindowsLineEndingsAndBlankLines() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ("    5\t2025-01-03 07:10:00\t1\t0\t1\t0\r\n"
                + "\r\n"
                + "    6\t2025-01-03 16:11:00\t1\t1\t1\t0\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);

        ReadResult<Punch> result = new AttlogReader().read(Files.write(dir.resolve("x_attlog.dat"), all));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new Punch(1, "5", LocalDateTime.of(2025, 1, 3, 7, 10), "0", "1", "0"),
                new Punch(3, "6", LocalDateTime.of(2025, 1, 3, 16, 11), "1", "1", "0"));
    }

    @Test
    void acceptsFirmwareWithFewerFields() throws Exception {
        ReadResult<Punch> result = read(
                "    5\t2025-01-03 07:10:00\n"
                + "    6\t2025-01-03 07:11:00\t1\t1\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new Punch(1, "5", LocalDateTime.of(2025, 1, 3, 7, 10), "", "", ""),
                new Punch(2, "6", LocalDateTime.of(2025, 1, 3, 7, 11), "1", "", ""));
    }

    @Test
    void reportsBadLinesWithTheirLineNumbersAndKeepsTheRest() throws Exception {
        ReadResult<Punch> result = read(
                "    5\t2025-01-03 07:10:00\t1\t0\t1\t0\n"
                + "    5\t2025-02-30 07:31:00\t1\t0\t1\t0\n"
                + "    6\n"
                + "\t2025-01-03 07:12:00\t1\t0\t1\t0\n"
                + "    7\t03/01/2025 07:13\t1\t0\t1\t0\n"
                + "    8\t2025-01-03 07:14:00\t1\t0\t1\t0\n");

        assertThat(result.rows()).extracting(Punch::line).containsExactly(1, 6);
        assertThat(result.errors()).containsExactly(
                new RowError(2, null, "attendance.badDateTime", java.util.List.of("2025-02-30 07:31:00")),
                new RowError(3, null, "attendance.fieldCount", java.util.List.of(1, 2)),
                new RowError(4, null, "attendance.emptyPin", java.util.List.of()),
                new RowError(5, null, "attendance.badDateTime", java.util.List.of("03/01/2025 07:13")));
    }

    @Test
    void aLastLineWithABadDateIsReportedNotTakenForAChecksum() throws Exception {
        ReadResult<Punch> result = read(
                "    5\t2025-01-03 07:10:00\t1\t0\t1\t0\n"
                + "    5\t2025-13-01 07:31:00\t1\t0\t1\t0\n");

        assertThat(result.rows()).hasSize(1);
        assertThat(result.errors()).extracting(RowError::row, RowError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "attendance.badDateTime"));
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).messageKey()).isEqualTo("import.empty");
        assertThatThrownBy(() -> read("No\tDateTime\n\n"))
                .isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).messageKey()).isEqualTo("import.empty");
    }

    @Test
    void refusesABinaryFile() throws Exception {
        Path file = Files.write(dir.resolve("photo_attlog.dat"), new byte[] {1, 0, 2, 0, 3});

        assertThatThrownBy(() -> new AttlogReader().read(file))
                .isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).messageKey()).isEqualTo("import.unreadable");
    }
}
