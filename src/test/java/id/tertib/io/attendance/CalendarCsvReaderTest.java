package id.tertib.io.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.io.ReadResult;
import id.tertib.io.RowError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsBothKindsInTheirSpellingsAndReportsBadRows() throws Exception {
        Path file = Files.write(dir.resolve("libur-2025.csv"), """
                date,name,kind
                2025-01-01,Tahun Baru 2025 Masehi,libur nasional
                17/08/2025,Proklamasi Kemerdekaan,National
                2025-03-31,Idul Fitri 1446 H,nasional
                2025-04-02,Cuti Bersama Idul Fitri,cuti_bersama
                26/12/2025,Cuti Bersama Natal,Cuti Bersama
                2025-02-30,Salah tanggal,nasional
                2025-05-01,Hari Buruh,libur daerah
                2025-06-01,,nasional
                """.getBytes(StandardCharsets.UTF_8));

        ReadResult<HolidayRow> result = new CalendarCsvReader().read(file);

        assertThat(result.rows()).containsExactly(
                new HolidayRow(2, LocalDate.of(2025, 1, 1), "Tahun Baru 2025 Masehi", HolidayRow.NATIONAL),
                new HolidayRow(3, LocalDate.of(2025, 8, 17), "Proklamasi Kemerdekaan", HolidayRow.NATIONAL),
                new HolidayRow(4, LocalDate.of(2025, 3, 31), "Idul Fitri 1446 H", HolidayRow.NATIONAL),
                new HolidayRow(5, LocalDate.of(2025, 4, 2), "Cuti Bersama Idul Fitri", HolidayRow.CUTI_BERSAMA),
                new HolidayRow(6, LocalDate.of(2025, 12, 26), "Cuti Bersama Natal", HolidayRow.CUTI_BERSAMA));
        assertThat(result.errors()).containsExactly(
                new RowError(7, "date", "attendance.badDate", List.of("2025-02-30")),
                new RowError(8, "kind", "attendance.badHolidayKind", List.of("libur daerah")),
                new RowError(9, "name", "attendance.missingValue", List.of("name")));
    }

    @Test
    void understandsIndonesianHeadersAndSemicolons() throws Exception {
        Path file = Files.write(dir.resolve("libur.csv"), """
                Tanggal;Keterangan;Jenis
                01/01/2025;Tahun Baru;Libur Nasional
                """.getBytes(StandardCharsets.UTF_8));

        ReadResult<HolidayRow> result = new CalendarCsvReader().read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new HolidayRow(2, LocalDate.of(2025, 1, 1), "Tahun Baru", HolidayRow.NATIONAL));
        assertThat(result.header("name")).isEqualTo("Keterangan");
    }
}
