package id.tertib.io.attendance;

import id.tertib.domain.attendance.PersonKey;
import id.tertib.domain.attendance.PunchMapping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.tertib.io.ImportException;
import id.tertib.io.ReadResult;
import id.tertib.io.RowError;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PunchTableReaderTest {

    private static final String NIP = "198609262015051001";

    @TempDir
    Path dir;

    private Path csv(String content) throws IOException {
        return Files.write(dir.resolve("scan.csv"), content.getBytes(StandardCharsets.UTF_8));
    }

    /** Each value written with its own type: LocalDateTime and LocalDate as Excel serials with a date style. */
    private Path xlsx(List<List<Object>> rows) throws IOException {
        Path file = dir.resolve("scan.xlsx");
        try (OutputStream out = Files.newOutputStream(file); Workbook wb = new Workbook(out, "Tertib test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Scan");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof LocalDateTime t) {
                        ws.value(r, c, t);
                    } else if (v instanceof LocalDate d) {
                        ws.value(r, c, d);
                    } else if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v != null) {
                        ws.value(r, c, v.toString());
                    }
                }
            }
        }
        return file;
    }

    @Test
    void csvWithSeparateDateAndTimeColumnsInIndonesianOrder() throws Exception {
        Path file = csv("""
                PIN;Nama;Tanggal;Jam;Status
                12;Budi, S.H.;02/01/2025;07:31;Masuk
                12;Budi, S.H.;02/01/2025;16:05:30;Pulang
                12;Budi, S.H.;02/01/2025;16:05:30;Pulang
                """);
        PunchMapping mapping = PunchMapping.dateAndTime(PersonKey.PIN, "pin", "TANGGAL", "jam");

        ReadResult<Punch> result = new PunchTableReader(mapping).read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new Punch(2, "12", LocalDateTime.of(2025, 1, 2, 7, 31), "", "", ""),
                new Punch(3, "12", LocalDateTime.of(2025, 1, 2, 16, 5, 30), "", "", ""),
                new Punch(4, "12", LocalDateTime.of(2025, 1, 2, 16, 5, 30), "", "", ""));
        assertThat(result.header(PunchTableReader.DATE)).isEqualTo("Tanggal");
        assertThat(result.header(PunchTableReader.TIME)).isEqualTo("Jam");
    }

    @Test
    void csvWithOneDateTimeColumnTriesEachPattern() throws Exception {
        Path file = csv("""
                Laporan Absensi Januari 2025
                No,User ID,Scan Time
                1,5,2025-01-02 07:31:00
                2,5,02/01/2025 16:01:02
                3,6,02-01-2025 07:45
                4,6,2025-01-02 16:10
                """);
        PunchMapping mapping = PunchMapping.dateTime(PersonKey.PIN, "user id", "scan_time");

        ReadResult<Punch> result = new PunchTableReader(mapping).read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(Punch::line, Punch::pin, Punch::at).containsExactly(
                tuple(3, "5", LocalDateTime.of(2025, 1, 2, 7, 31)),
                tuple(4, "5", LocalDateTime.of(2025, 1, 2, 16, 1, 2)),
                tuple(5, "6", LocalDateTime.of(2025, 1, 2, 7, 45)),
                tuple(6, "6", LocalDateTime.of(2025, 1, 2, 16, 10)));
    }

    @Test
    void csvBadRowsAreReportedWithRowAndColumn() throws Exception {
        Path file = csv("""
                PIN,Tanggal,Jam
                12,30/02/2025,07:31
                ,02/01/2025,07:31
                12,02/01/2025,25:00
                12,02/01/2025
                12,02/01/2025,07:40
                """);
        PunchMapping mapping = PunchMapping.dateAndTime(PersonKey.PIN, "PIN", "Tanggal", "Jam");

        ReadResult<Punch> result = new PunchTableReader(mapping).read(file);

        assertThat(result.rows()).extracting(Punch::line).containsExactly(6);
        assertThat(result.errors()).containsExactly(
                new RowError(2, "Tanggal", "attendance.badDate", List.of("30/02/2025")),
                new RowError(3, "PIN", "attendance.missingValue", List.of("PIN")),
                new RowError(4, "Jam", "attendance.badTime", List.of("25:00")),
                new RowError(5, null, "import.fieldCount", List.of(3, 2)));
    }

    @Test
    void xlsxWithExcelSerialDateTimes() throws Exception {
        Path file = xlsx(List.of(
                List.of("PIN", "Waktu"),
                List.of(12, LocalDateTime.of(2025, 1, 2, 7, 31, 0)),
                List.of("13", LocalDateTime.of(2025, 1, 2, 16, 59, 59))));
        PunchMapping mapping = PunchMapping.dateTime(PersonKey.PIN, "PIN", "Waktu");

        ReadResult<Punch> result = new PunchTableReader(mapping).read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new Punch(2, "12", LocalDateTime.of(2025, 1, 2, 7, 31, 0), "", "", ""),
                new Punch(3, "13", LocalDateTime.of(2025, 1, 2, 16, 59, 59), "", "", ""));
    }

    @Test
    void xlsxWithSerialDateAndSerialTimeInSeparateColumns() throws Exception {
        // A time typed into Excel is the fraction of a day: 07:30 is 0.3125.
        Path file = xlsx(List.of(
                List.of("PIN", "Tanggal", "Jam"),
                List.of(12, LocalDate.of(2025, 1, 2), 0.3125),
                List.of(12, LocalDate.of(2025, 1, 2), "16:05")));
        PunchMapping mapping = PunchMapping.dateAndTime(PersonKey.PIN, "PIN", "Tanggal", "Jam");

        ReadResult<Punch> result = new PunchTableReader(mapping).read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(Punch::at).containsExactly(
                LocalDateTime.of(2025, 1, 2, 7, 30), LocalDateTime.of(2025, 1, 2, 16, 5));
    }

    @Test
    void xlsxWithTextDateTimes() throws Exception {
        Path file = xlsx(List.of(
                List.of("PIN", "Waktu"),
                List.of("12", "02/01/2025 07:31:00"),
                List.of("12", "2025-01-02 16:00"),
                List.of("12", "kemarin")));
        PunchMapping mapping = PunchMapping.dateTime(PersonKey.PIN, "pin", "waktu");

        ReadResult<Punch> result = new PunchTableReader(mapping).read(file);

        assertThat(result.rows()).extracting(Punch::at).containsExactly(
                LocalDateTime.of(2025, 1, 2, 7, 31), LocalDateTime.of(2025, 1, 2, 16, 0));
        assertThat(result.errors()).containsExactly(
                new RowError(4, "Waktu", "attendance.badDateTime", List.of("kemarin")));
    }

    @Test
    void nipMappingPutsTheNipInPinAndRefusesANipStoredAsANumber() throws Exception {
        Path file = xlsx(List.of(
                List.of("NIP", "Nama", "Waktu"),
                List.of(NIP, "Budi", LocalDateTime.of(2025, 1, 2, 7, 31)),
                List.of(198609262015051001L, "Budi", LocalDateTime.of(2025, 1, 2, 16, 0))));
        PunchMapping mapping = PunchMapping.dateTime(PersonKey.NIP, "NIP", "Waktu");

        ReadResult<Punch> result = new PunchTableReader(mapping).read(file);

        assertThat(result.rows()).containsExactly(
                new Punch(2, NIP, LocalDateTime.of(2025, 1, 2, 7, 31), "", "", ""));
        assertThat(result.errors()).extracting(RowError::row, RowError::column, RowError::messageKey)
                .containsExactly(tuple(3, "NIP", "import.nipAsNumber"));
    }

    @Test
    void customPatternsReplaceTheDefaults() throws Exception {
        Path file = csv("""
                id,when
                5,2025.01.02 07.31
                """);
        PunchMapping mapping = PunchMapping.dateTime(PersonKey.PIN, "id", "when")
                .withDateTimePatterns(List.of("yyyy.MM.dd HH.mm"));

        ReadResult<Punch> result = new PunchTableReader(mapping).read(file);

        assertThat(result.rows()).extracting(Punch::at).containsExactly(LocalDateTime.of(2025, 1, 2, 7, 31));
    }

    @Test
    void aMappedColumnTheFileLacksFailsTheFile() throws Exception {
        Path file = csv("""
                PIN,Tanggal,Jam
                12,02/01/2025,07:31
                """);
        PunchMapping mapping = PunchMapping.dateTime(PersonKey.PIN, "PIN", "Waktu Scan");

        assertThatThrownBy(() -> new PunchTableReader(mapping).read(file))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> {
                    ImportException ie = (ImportException) e;
                    assertThat(ie.messageKey()).isEqualTo("import.missingColumn");
                    assertThat(ie.args()[0]).isEqualTo("Waktu Scan");
                });
    }

    @Test
    void mappingRejectsInvalidSettings() {
        assertThatThrownBy(() -> new PunchMapping(PersonKey.PIN, "PIN", "Waktu", "Tanggal", "Jam", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PunchMapping.dateTime(PersonKey.PIN, "PIN", "Waktu")
                .withDateTimePatterns(List.of("yyyy-MM-dd {")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PunchMapping.isValidPattern("dd/MM/yyyy HH:mm")).isTrue();
        assertThat(PunchMapping.isValidPattern("")).isFalse();
    }

    @Test
    void excelSerialsRoundToTheSecond() {
        assertThat(DateTimes.fromSerial("45659.313194444444")).isEqualTo(LocalDateTime.of(2025, 1, 2, 7, 31));
        assertThat(DateTimes.timeFromSerial("0.99999999")).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(DateTimes.fromSerial("0.5")).isNull();
        assertThat(DateTimes.fromSerial("1E+999999999")).isNull();
        assertThat(DateTimes.dateFromSerial("45659")).isEqualTo(LocalDate.of(2025, 1, 2));
    }
}
