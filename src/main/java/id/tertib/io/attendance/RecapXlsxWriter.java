package id.tertib.io.attendance;

import id.tertib.domain.attendance.MonthlyRecap;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A monthly recap as Indonesian offices file it on paper: three title lines (what, which unit, which month), a
 * two-row header (No, NIP, Nama, the dates 1..N under "Tanggal" with weekends and holidays shaded, the totals under
 * "Jumlah", the last of them the days with a missing arrival or departure), one row per person (with a line naming each unit when the recap spans several), a legend of the codes,
 * and the unit head's signature block at the bottom right. Landscape, one page wide, header rows repeated.
 *
 * <p>Styles are set on ranges after the values, so 8,000 rows cost a few dozen style look-ups, not one per cell.
 */
public final class RecapXlsxWriter {

    /** Row of the first header line (0-based); the title lines and one blank line sit above it. */
    public static final int HEADER_ROW = 4;
    /** Columns before the first date: No, NIP, Nama. */
    public static final int FIRST_DAY_COLUMN = 3;

    private static final String SHADE = "E7E6E6";
    private static final String HEADER_FILL = "D9E1F2";
    private static final String UNIT_FILL = "F2F2F2";
    /** Columns the signature block spans at the right edge of the table. */
    private static final int SIGNATURE_WIDTH = 12;

    private RecapXlsxWriter() {
    }

    public static void write(MonthlyRecap recap, RecapTexts texts, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Tertib", "1.0");
        Worksheet ws = wb.newWorksheet(sheetName(texts.sheetName()));
        int days = recap.days().size();
        int firstTotal = FIRST_DAY_COLUMN + days;
        int lastCol = firstTotal + texts.totalColumns().size() - 1;

        titles(ws, texts, lastCol);
        header(ws, recap, texts, firstTotal, lastCol);
        int bodyTop = HEADER_ROW + 2;
        List<Integer> unitRows = new ArrayList<>();
        int last = body(ws, recap, firstTotal, lastCol, bodyTop, unitRows);
        if (last >= bodyTop) {
            shadeAndBorder(ws, recap, bodyTop, last, firstTotal, lastCol);
        }
        for (int r : unitRows) {
            // After the column styles, so the unit's name stays bold, unshaded and at the left.
            ws.range(r, 0, r, lastCol).style().bold().fillColor(UNIT_FILL).horizontalAlignment("left").set();
        }
        footer(ws, texts, last + 2, lastCol);

        ws.width(0, 5);
        ws.width(1, 23);
        ws.width(2, 32);
        for (int c = FIRST_DAY_COLUMN; c < firstTotal; c++) {
            ws.width(c, 4.3);
        }
        for (int c = firstTotal; c <= lastCol; c++) {
            ws.width(c, 7.5);
        }
        ws.width(lastCol, 10); // "Tidak lengkap" / "Incomplete" wraps at word breaks only
        ws.freezePane(FIRST_DAY_COLUMN, bodyTop);
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.repeatRows(HEADER_ROW, HEADER_ROW + 1);
        wb.finish();
    }

    private static void titles(Worksheet ws, RecapTexts texts, int lastCol) {
        String[] lines = {texts.title(), texts.unitLine(), texts.monthLine()};
        for (int r = 0; r < lines.length; r++) {
            ws.value(r, 0, lines[r]);
            ws.range(r, 0, r, lastCol).merge();
            ws.range(r, 0, r, lastCol).style().bold().fontSize(r == 0 ? 14 : 12).horizontalAlignment("center").set();
        }
    }

    private static void header(Worksheet ws, MonthlyRecap recap, RecapTexts texts, int firstTotal, int lastCol) {
        int top = HEADER_ROW;
        int sub = HEADER_ROW + 1;
        String[] fixed = {texts.number(), texts.nip(), texts.name()};
        for (int c = 0; c < fixed.length; c++) {
            ws.value(top, c, fixed[c]);
            ws.range(top, c, sub, c).merge();
        }
        ws.value(top, FIRST_DAY_COLUMN, texts.dates());
        ws.range(top, FIRST_DAY_COLUMN, top, firstTotal - 1).merge();
        ws.value(top, firstTotal, texts.totals());
        ws.range(top, firstTotal, top, lastCol).merge();
        for (int d = 0; d < recap.days().size(); d++) {
            ws.value(sub, FIRST_DAY_COLUMN + d, d + 1);
        }
        for (int i = 0; i < texts.totalColumns().size(); i++) {
            ws.value(sub, firstTotal + i, texts.totalColumns().get(i));
        }
        ws.range(top, 0, sub, lastCol).style().bold().horizontalAlignment("center").verticalAlignment("center")
                .wrapText(true).fillColor(HEADER_FILL).borderStyle(BorderStyle.THIN).set();
        for (int d = 0; d < recap.days().size(); d++) {
            if (!recap.days().get(d).working()) {
                ws.range(sub, FIRST_DAY_COLUMN + d, sub, FIRST_DAY_COLUMN + d).style().fillColor(SHADE).set();
            }
        }
        ws.rowHeight(sub, 30);
    }

    /**
     * Writes the people (and unit lines, whose rows go to {@code unitRows}); returns the last row written,
     * {@code top - 1} when there is none.
     */
    private static int body(Worksheet ws, MonthlyRecap recap, int firstTotal, int lastCol, int top,
            List<Integer> unitRows) {
        boolean unitLines = recap.spansUnits();
        int r = top;
        int number = 0;
        Long unit = null;
        for (MonthlyRecap.Row row : recap.rows()) {
            if (unitLines && (unit == null || unit != row.unitId())) {
                unit = row.unitId();
                ws.value(r, 0, row.unitName());
                ws.range(r, 0, r, lastCol).merge();
                unitRows.add(r);
                r++;
            }
            ws.value(r, 0, ++number);
            ws.value(r, 1, row.nipGrouped());
            ws.value(r, 2, row.name());
            List<String> codes = row.codes();
            for (int d = 0; d < codes.size(); d++) {
                if (!codes.get(d).isEmpty()) {
                    ws.value(r, FIRST_DAY_COLUMN + d, codes.get(d));
                }
            }
            List<Integer> totals = RecapCsvWriter.totals(row.totals());
            for (int i = 0; i < totals.size(); i++) {
                ws.value(r, firstTotal + i, totals.get(i));
            }
            r++;
        }
        return r - 1;
    }

    private static void shadeAndBorder(Worksheet ws, MonthlyRecap recap, int top, int bottom, int firstTotal,
            int lastCol) {
        for (int d = 0; d < recap.days().size(); d++) {
            if (!recap.days().get(d).working()) {
                int c = FIRST_DAY_COLUMN + d;
                ws.range(top, c, bottom, c).style().fillColor(SHADE).set();
            }
        }
        ws.range(top, 0, bottom, 0).style().horizontalAlignment("center").set();
        ws.range(top, FIRST_DAY_COLUMN, bottom, lastCol).style().horizontalAlignment("center").set();
        ws.range(top, 0, bottom, lastCol).style().borderStyle(BorderStyle.THIN).set();
    }

    /** The legend at the left and the signature block at the right, starting on the same row. */
    private static void footer(Worksheet ws, RecapTexts texts, int top, int lastCol) {
        ws.value(top, 1, texts.legendTitle());
        ws.style(top, 1).bold().set();
        // Two columns of codes: the second starts under the dates, whose empty cells leave room for the text.
        int half = (texts.legend().size() + 1) / 2;
        for (int i = 0; i < texts.legend().size(); i++) {
            ws.value(top + 1 + i % half, i < half ? 1 : FIRST_DAY_COLUMN, texts.legend().get(i));
        }
        int from = Math.max(FIRST_DAY_COLUMN, lastCol - SIGNATURE_WIDTH + 1);
        String[] lines = {texts.placeAndDate(), texts.signatoryTitle(), "", "", "", texts.signatoryName(),
            texts.signatoryNip()};
        for (int i = 0; i < lines.length; i++) {
            int r = top + i;
            if (!lines[i].isEmpty()) {
                ws.value(r, from, lines[i]);
            }
            ws.range(r, from, r, lastCol).merge();
            ws.range(r, from, r, lastCol).style().horizontalAlignment("center").set();
        }
        ws.style(top + 5, from).bold().underlined().horizontalAlignment("center").set();
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
    public static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (clean.isEmpty()) {
            clean = "Rekap";
        }
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
