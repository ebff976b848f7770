package id.tertib.io.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FairnessXlsxWriterTest {

    @TempDir
    Path dir;

    private Path write(FairnessSheet sheet) throws Exception {
        Path file = dir.resolve("keadilan.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            FairnessXlsxWriter.write(sheet, out);
        }
        return file;
    }

    private static List<Row> rows(ReadableWorkbook wb, int sheet) throws Exception {
        Sheet s = wb.getSheet(sheet).orElseThrow();
        try (Stream<Row> rows = s.openStream()) {
            return rows.toList();
        }
    }

    /** The cell at 0-based row {@code r} as the sheet numbers it (the reader leaves out empty rows). */
    private static Cell cell(List<Row> rows, int r, int c) {
        Row row = rows.stream().filter(x -> x.getRowNum() == r + 1).findFirst().orElseThrow();
        return c < row.getCellCount() ? row.getCell(c) : null;
    }

    @Test
    void threeSheetsWithSummaryPeopleAndMonths() throws Exception {
        Path file = write(Sheets.three());

        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            assertThat(wb.getSheets().map(Sheet::getName)).containsExactly("Ringkasan", "Rincian per pegawai",
                    "Per bulan");

            List<Row> summary = rows(wb, 0);
            assertThat(cell(summary, 0, 0).getText()).isEqualTo("Analisis Keadilan Perjalanan Dinas");
            assertThat(cell(summary, 2, 0).getText()).isEqualTo("Unit: Dinas Kominfo (dengan sub-unit)");
            // The facts start after the description and one blank row.
            assertThat(cell(summary, 5, 0).getText()).isEqualTo("Pegawai");
            assertThat(cell(summary, 5, 1).asNumber()).isEqualByComparingTo("3");
            assertThat(cell(summary, 7, 1).getDataFormatString()).isEqualTo("\"Rp\"#,##0");
            assertThat(cell(summary, 10, 0).getText()).isEqualTo("Bagian 20% teratas");
            assertThat(cell(summary, 10, 1).asNumber()).isEqualByComparingTo("0.6543");
            assertThat(cell(summary, 10, 1).getDataFormatString()).isEqualTo("0.0%");

            List<Row> people = rows(wb, 1);
            assertThat(people.get(0).getCellCount()).isEqualTo(12);
            assertThat(cell(people, 0, 7).getText()).isEqualTo("Bagian");
            assertThat(cell(people, 1, 1).getText()).isEqualTo("19860926 201505 1 001");
            assertThat(cell(people, 1, 2).getText()).isEqualTo("Budi Santoso, S.Kom.");
            assertThat(cell(people, 1, 4).asNumber()).isEqualByComparingTo("14");
            assertThat(cell(people, 1, 6).asNumber()).isEqualByComparingTo("7420000");
            assertThat(cell(people, 1, 7).asNumber()).isEqualByComparingTo("0.35");
            assertThat(cell(people, 1, 7).getDataFormatString()).isEqualTo("0.0%");
            assertThat(cell(people, 1, 9).asNumber()).isEqualByComparingTo(new BigDecimal("0.0000123456789"));
            assertThat(cell(people, 1, 9).getDataFormatString()).isEqualTo("0.00%");
            assertThat(cell(people, 1, 10).getText()).isEqualTo("Berlebih");
            assertThat(cell(people, 1, 11).getText()).isEqualTo(Sheets.REASON);
            assertThat(cell(people, 2, 2).getText()).as("text, never a formula").isEqualTo("=Dewi Lestari");
            assertThat(people).hasSize(4);

            List<Row> months = rows(wb, 2);
            assertThat(months.get(0).stream().map(Cell::getText).toList())
                    .containsExactly("NIP", "Nama", "Jan 2025", "Feb 2025", "Mar 2025", "Jumlah");
            assertThat(cell(months, 1, 2).asNumber()).isEqualByComparingTo("5");
            assertThat(cell(months, 1, 3)).as("0 left blank").matches(c -> c == null || c.getText().isEmpty());
            assertThat(cell(months, 1, 4).asNumber()).isEqualByComparingTo("9");
            assertThat(cell(months, 1, 5).asNumber()).isEqualByComparingTo("14");
            assertThat(cell(months, 3, 5).asNumber()).isEqualByComparingTo("0");
        }
    }

    @Test
    void flaggedRowsAreFilledAndTheMonthsAreAHeatMap() throws Exception {
        Path file = write(Sheets.three());

        try (ZipFile zip = new ZipFile(file.toFile())) {
            String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            String months = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet3.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            String people = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(styles).contains("FFC7CE");
            // Budi (row 2, flagged) and Dewi (row 3) have their names styled differently: the fill.
            assertThat(style(people, "C2")).isNotEqualTo(style(people, "C3"));
            assertThat(style(people, "C3")).isNotEmpty().isEqualTo(style(people, "C4"));
            // Highest monthly count 9: shades from 1, 2, 4, 6 and 8 trips, darkest first.
            assertThat(months).contains("<conditionalFormatting sqref=\"C2:E4\">");
            assertThat(months.indexOf("C2>=8")).isPositive().isLessThan(months.indexOf("C2>=6"));
            assertThat(months).contains("C2>=1<", "C2>=2<", "C2>=4<");
        }
    }

    /** The style index of a cell; 0 (the default style) when it has none. */
    private static String style(String sheetXml, String ref) {
        var cell = java.util.regex.Pattern.compile("<c r=\"" + ref + "\"[^>]*>").matcher(sheetXml);
        if (!cell.find()) {
            return "";
        }
        var s = java.util.regex.Pattern.compile(" s=\"(\\d+)\"").matcher(cell.group());
        return s.find() ? s.group(1) : "0";
    }

    @Test
    void shadesSpreadOverTheCounts() {
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(l -> FairnessXlsxWriter.threshold(l, 9)))
                .containsExactly(1, 2, 4, 6, 8);
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(l -> FairnessXlsxWriter.threshold(l, 1)))
                .containsOnly(1);
        assertThat(FairnessXlsxWriter.column(0)).isEqualTo("A");
        assertThat(FairnessXlsxWriter.column(2)).isEqualTo("C");
        assertThat(FairnessXlsxWriter.column(26)).isEqualTo("AA");
        assertThat(FairnessXlsxWriter.column(61)).isEqualTo("BJ");
    }

    @Test
    void nobodyAtAllStillMakesAWorkbook() throws Exception {
        Path file = write(Sheets.sheet(List.of()));

        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            assertThat(rows(wb, 1)).hasSize(1);
            assertThat(rows(wb, 2)).hasSize(1);
        }
    }
}
