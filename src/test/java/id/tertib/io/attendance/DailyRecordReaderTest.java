package id.tertib.io.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.io.ReadResult;
import id.tertib.io.RowError;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailyRecordReaderTest {

    private static final String BUDI = "198609262015051001";

    @TempDir
    Path dir;

    private Path csv(String content) throws Exception {
        return Files.write(dir.resolve("harian.csv"), content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsRequiredAndOptionalColumnsAndReportsEachBadCellWithItsRowAndColumn() throws Exception {
        Path file = csv("""
                nip,date,code,arrival,departure,late_minutes,early_minutes,note
                198609262015051001,2026-11-02,TL,07:42,16:00,12,,
                19860926 201505 1 001,03/11/2026,s,,,,,surat dokter
                198609262015051001,2026-11-31,H,,,,,
                198609262015051001,2026-11-05,H,7.3O,,,,
                198609262015051001,2026-11-06,PSW,07:30,15:55,,-5,
                198609262015051001,2026-11-09,H,16:00,07:30,,,
                ,2026-11-10,,,,,,
                """);

        ReadResult<DailyRecordRow> result = new DailyRecordReader().read(file);

        assertThat(result.rows()).containsExactly(
                new DailyRecordRow(2, BUDI, LocalDate.of(2026, 11, 2), "TL", Optional.of(LocalTime.of(7, 42)),
                        Optional.of(LocalTime.of(16, 0)), 12, 0, ""),
                new DailyRecordRow(3, BUDI, LocalDate.of(2026, 11, 3), "s", Optional.empty(), Optional.empty(), 0, 0,
                        "surat dokter"));
        assertThat(result.errors()).containsExactly(
                new RowError(4, "date", "attendance.badDate", List.of("2026-11-31")),
                new RowError(5, "arrival", "attendance.badTime", List.of("7.3O")),
                new RowError(6, "early_minutes", "attendance.badMinutes", List.of("-5", 1440)),
                new RowError(7, "departure", "attendance.departureBeforeArrival",
                        List.of(LocalTime.of(7, 30), LocalTime.of(16, 0))),
                new RowError(8, "nip", "attendance.missingValue", List.of("nip")),
                new RowError(8, "code", "attendance.missingValue", List.of("code")));
    }

    @Test
    void understandsIndonesianHeadersAndExcelDatesAndTimes() throws Exception {
        Path file = dir.resolve("harian.xlsx");
        try (OutputStream out = Files.newOutputStream(file); Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Harian");
            List<String> header = List.of("NIP", "Tanggal", "Kode", "Jam Masuk", "Jam Pulang", "Menit Terlambat",
                    "Keterangan");
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
            }
            ws.value(1, 0, BUDI);
            ws.value(1, 1, 46328);      // 2 Nov 2026 as an Excel date
            ws.value(1, 2, "TL");
            ws.value(1, 3, 0.3125 + 10 / 1440.0); // 07:40
            ws.value(1, 4, "16.00");
            ws.value(1, 5, 10);
            ws.value(1, 6, "macet");
            ws.value(2, 0, 1.98609262015051E17); // a NIP typed into a number cell
            ws.value(2, 1, "2026-11-03");
            ws.value(2, 2, "H");
        }

        ReadResult<DailyRecordRow> result = new DailyRecordReader().read(file);

        assertThat(result.rows()).containsExactly(new DailyRecordRow(2, BUDI, LocalDate.of(2026, 11, 2), "TL",
                Optional.of(LocalTime.of(7, 40)), Optional.of(LocalTime.of(16, 0)), 10, 0, "macet"));
        assertThat(result.errors()).extracting(RowError::row, RowError::column, RowError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "NIP", "import.nipAsNumber"));
        assertThat(result.header("late_minutes")).isEqualTo("Menit Terlambat");
        assertThat(result.has("early_minutes")).isFalse();
    }
}
