package id.tertib.io.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.attendance.MonthTotals;
import id.tertib.domain.attendance.MonthlyRecap;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecapWritersTest {

    /** February 2026: 28 days, 1 Feb a Sunday; 17 Feb (Tuesday) a holiday here for the example. */
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    @TempDir
    Path dir;

    private static MonthlyRecap recap(List<MonthlyRecap.Row> rows, Optional<MonthlyRecap.Signatory> head) {
        List<MonthlyRecap.Day> days = new ArrayList<>();
        for (int d = 1; d <= 28; d++) {
            var date = FEBRUARY.atDay(d);
            boolean weekend = date.getDayOfWeek().getValue() >= 6;
            days.add(new MonthlyRecap.Day(date, !weekend && d != 17, d == 17 ? "Tahun Baru Imlek" : ""));
        }
        return new MonthlyRecap("Seksi Pengembangan Aplikasi", FEBRUARY, days, rows, head);
    }

    private static MonthlyRecap.Row row(String nip, String name, long unit, String unitName, Map<Integer, String> codes,
            MonthTotals totals) {
        List<String> cells = new ArrayList<>(Collections.nCopies(28, ""));
        codes.forEach((day, code) -> cells.set(day - 1, code));
        return new MonthlyRecap.Row(nip, nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " "
                + nip.substring(15), name, unit, unitName, cells, totals);
    }

    private static final MonthlyRecap.Row BUDI = row("198609262015051001", "Budi Santoso, S.Kom.", 1, "Seksi A",
            Map.of(2, "H", 3, "TL", 4, "PSW", 5, "S"), new MonthTotals(3, 12, 5, 1, 0, 0, 0, 0, 2));
    private static final MonthlyRecap.Row DEWI = row("199001012019032002", "=Dewi Lestari", 2, "Seksi B",
            Map.of(2, "DL", 3, "TK"), new MonthTotals(0, 0, 0, 0, 0, 0, 1, 1, 0));

    @Test
    void csvHasTheExactHeaderAndOneCellPerDay() throws Exception {
        StringBuilder out = new StringBuilder();
        RecapCsvWriter.write(recap(List.of(BUDI, DEWI), Optional.empty()), out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("nip,name,"
                + Stream.iterate(1, d -> d + 1).limit(28).map(String::valueOf).collect(Collectors.joining(","))
                + ",hadir,tl_minutes,psw_minutes,sakit,izin,cuti,dl,tk,incomplete_days");
        assertThat(lines.get(1)).isEqualTo("198609262015051001,\"Budi Santoso, S.Kom.\",,H,TL,PSW,S"
                + ",".repeat(23) + ",3,12,5,1,0,0,0,0,2");
        assertThat(lines.get(2)).as("a name starting with = is neutralised").startsWith("199001012019032002,'=Dewi");
        assertThat(lines).hasSize(3);
    }

    @Test
    void csvHeaderFollowsTheLengthOfTheMonth() {
        assertThat(RecapCsvWriter.header(YearMonth.of(2026, 8))).hasSize(2 + 31 + 9).contains("31");
        assertThat(RecapCsvWriter.header(FEBRUARY)).hasSize(2 + 28 + 9).doesNotContain("29");
    }

    private static RecapTexts texts() {
        return new RecapTexts("Rekap Februari 2026", "REKAPITULASI KEHADIRAN PEGAWAI", "SEKSI PENGEMBANGAN APLIKASI",
                "BULAN FEBRUARI 2026", "No", "NIP", "Nama", "Tanggal", "Jumlah",
                List.of("Hadir", "TL (menit)", "PSW (menit)", "Sakit", "Izin", "Cuti", "DL", "TK", "Tidak lengkap"),
                "Keterangan:",
                List.of("H = Hadir", "TL = Terlambat"), "Sukamaju, 2 Maret 2026", "Kepala Seksi Pengembangan Aplikasi",
                "Ir. Agus Salim", "NIP. 19700101 199003 1 001");
    }

    /** Every non-empty cell by its A1-style row number (1-based) and column index. */
    private static Map<Integer, List<String>> readBack(Path file) throws Exception {
        Map<Integer, List<String>> rows = new java.util.TreeMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile()); Stream<Row> stream = wb.getFirstSheet().openStream()) {
            stream.forEach(r -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    Cell c = r.getCell(i);
                    cells.add(c == null || c.getRawValue() == null ? "" : c.getText());
                }
                rows.put(r.getRowNum(), cells);
            });
        }
        return rows;
    }

    private static String at(Map<Integer, List<String>> rows, int row, int col) {
        List<String> cells = rows.getOrDefault(row, List.of());
        return col < cells.size() ? cells.get(col) : "";
    }

    @Test
    void xlsxOpensWithTitlesHeaderPeopleUnitLinesLegendAndSignature() throws Exception {
        Path file = dir.resolve("rekap.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            RecapXlsxWriter.write(recap(List.of(BUDI, DEWI),
                    Optional.of(new MonthlyRecap.Signatory("Ir. Agus Salim", "19700101 199003 1 001"))), texts(), out);
        }

        Map<Integer, List<String>> rows = readBack(file);
        assertThat(at(rows, 1, 0)).isEqualTo("REKAPITULASI KEHADIRAN PEGAWAI");
        assertThat(at(rows, 2, 0)).isEqualTo("SEKSI PENGEMBANGAN APLIKASI");
        assertThat(at(rows, 3, 0)).isEqualTo("BULAN FEBRUARI 2026");
        assertThat(rows.get(5).subList(0, 4)).containsExactly("No", "NIP", "Nama", "Tanggal");
        assertThat(at(rows, 5, 3 + 28)).isEqualTo("Jumlah");
        assertThat(at(rows, 6, 3)).isEqualTo("1");
        assertThat(at(rows, 6, 3 + 27)).isEqualTo("28");
        assertThat(rows.get(6).subList(31, 40)).containsExactly("Hadir", "TL (menit)", "PSW (menit)", "Sakit", "Izin",
                "Cuti", "DL", "TK", "Tidak lengkap");
        // Two units: a line naming each unit above its people; the numbering runs on.
        assertThat(at(rows, 7, 0)).isEqualTo("Seksi A");
        assertThat(rows.get(8).subList(0, 7)).containsExactly("1", "19860926 201505 1 001", "Budi Santoso, S.Kom.", "",
                "H", "TL", "PSW");
        assertThat(rows.get(8).subList(31, 40)).containsExactly("3", "12", "5", "1", "0", "0", "0", "0", "2");
        assertThat(at(rows, 9, 0)).isEqualTo("Seksi B");
        assertThat(rows.get(10).subList(0, 3)).containsExactly("2", "19900101 201903 2 002", "=Dewi Lestari");
        assertThat(at(rows, 12, 1)).isEqualTo("Keterangan:");
        assertThat(at(rows, 13, 1)).isEqualTo("H = Hadir");
        assertThat(at(rows, 13, 3)).as("the legend's second column").isEqualTo("TL = Terlambat");
        int signature = 3 + 28 + 9 - 12;
        assertThat(at(rows, 12, signature)).isEqualTo("Sukamaju, 2 Maret 2026");
        assertThat(at(rows, 13, signature)).isEqualTo("Kepala Seksi Pengembangan Aplikasi");
        assertThat(at(rows, 17, signature)).isEqualTo("Ir. Agus Salim");
        assertThat(at(rows, 18, signature)).isEqualTo("NIP. 19700101 199003 1 001");
    }

    @Test
    void xlsxWithoutPeopleStillOpens() throws Exception {
        Path file = dir.resolve("kosong.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            RecapXlsxWriter.write(recap(List.of(), Optional.empty()), texts(), out);
        }

        Map<Integer, List<String>> rows = readBack(file);
        assertThat(at(rows, 1, 0)).isEqualTo("REKAPITULASI KEHADIRAN PEGAWAI");
        assertThat(at(rows, 8, 1)).isEqualTo("Keterangan:");
    }

    @Test
    void sheetNamesAreCutToWhatExcelAccepts() {
        assertThat(RecapXlsxWriter.sheetName("Rekap 2026/11: [draft]")).isEqualTo("Rekap 2026 11   draft");
        assertThat(RecapXlsxWriter.sheetName("x".repeat(40))).hasSize(31);
    }
}
