package id.tertib.io.travel;

import id.tertib.io.attendance.RecapXlsxWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.ConditionalFormattingExpressionRule;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The fairness analysis as a workbook of three sheets: the summary (title, what was analysed, the figures), the people
 * (numbers as numbers, share and p-value as percentages, flagged people's rows highlighted) and the months (trips per
 * person per month, shaded darker the more trips, as a heat map). Column formats are set on whole ranges, so 8,000
 * people cost a handful of style look-ups.
 */
public final class FairnessXlsxWriter {

    /** Columns of the people sheet: No, NIP, name, unit, trips, days, allowance, share, expected, p, flag, reason. */
    static final int PEOPLE_COLUMNS = 12;
    /** Columns before the first month in the months sheet: NIP, name. */
    static final int FIRST_MONTH_COLUMN = 2;

    private static final String HEADER_FILL = "D9E1F2";
    private static final String FLAGGED_FILL = "FFC7CE";
    /** Light to dark orange: the heat map's five shades. */
    private static final String[] HEAT = {"FCE4D6", "F8CBAD", "F4B084", "ED7D31", "C65911"};
    private static final String RUPIAH = "\"Rp\"#,##0";

    private FairnessXlsxWriter() {
    }

    public static void write(FairnessSheet sheet, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Tertib", "1.0");
        FairnessSheet.Labels l = sheet.labels();
        summary(wb.newWorksheet(RecapXlsxWriter.sheetName(l.summarySheet())), sheet);
        people(wb.newWorksheet(RecapXlsxWriter.sheetName(l.peopleSheet())), sheet);
        months(wb.newWorksheet(RecapXlsxWriter.sheetName(l.monthsSheet())), sheet);
        wb.finish();
    }

    private static void summary(Worksheet ws, FairnessSheet sheet) {
        ws.value(0, 0, sheet.title());
        ws.style(0, 0).bold().fontSize(14).set();
        int r = 1;
        for (String line : sheet.description()) {
            ws.value(r++, 0, line);
        }
        r++;
        for (FairnessSheet.Fact f : sheet.facts()) {
            ws.value(r, 0, f.label());
            if (Double.isFinite(f.value())) {
                ws.value(r, 1, f.value());
                ws.style(r, 1).format(format(f.kind())).set();
            }
            r++;
        }
        ws.width(0, 48);
        ws.width(1, 18);
        ws.paperSize(PaperSize.A4_PAPER);
    }

    static String format(FairnessSheet.Kind kind) {
        return switch (kind) {
            case COUNT -> "#,##0";
            case RUPIAH -> RUPIAH;
            case DECIMAL -> "0.00";
            case PERCENT -> "0.0%";
        };
    }

    private static void people(Worksheet ws, FairnessSheet sheet) {
        FairnessSheet.Labels l = sheet.labels();
        List<String> header = List.of(l.number(), l.nip(), l.name(), l.unit(), l.trips(), l.days(), l.allowance(),
                l.share(), l.expected(), l.pValue(), l.flag(), l.reason());
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
        }
        ws.range(0, 0, 0, PEOPLE_COLUMNS - 1).style().bold().fillColor(HEADER_FILL).wrapText(true)
                .verticalAlignment("center").borderStyle(BorderStyle.THIN).set();
        List<FairnessSheet.Person> people = sheet.people();
        for (int i = 0; i < people.size(); i++) {
            FairnessSheet.Person p = people.get(i);
            int r = i + 1;
            ws.value(r, 0, i + 1);
            ws.value(r, 1, p.nipShown());
            ws.value(r, 2, p.name());
            ws.value(r, 3, p.unit());
            ws.value(r, 4, p.trips());
            ws.value(r, 5, p.days());
            ws.value(r, 6, p.allowance());
            number(ws, r, 7, p.share());
            number(ws, r, 8, p.expected());
            number(ws, r, 9, p.pValue());
            if (p.flagged()) {
                ws.value(r, 10, p.flagText());
                ws.value(r, 11, p.reason());
            }
        }
        int last = people.size();
        if (last > 0) {
            ws.range(1, 6, last, 6).style().format("#,##0").set();
            ws.range(1, 7, last, 7).style().format("0.0%").set();
            ws.range(1, 8, last, 8).style().format("0.00").set();
            ws.range(1, 9, last, 9).style().format("0.00%").set();
            ws.range(1, 11, last, 11).style().wrapText(true).set();
            for (int i = 0; i < people.size(); i++) {
                if (people.get(i).flagged()) {
                    ws.range(i + 1, 0, i + 1, PEOPLE_COLUMNS - 1).style().fillColor(FLAGGED_FILL).set();
                }
            }
        }
        double[] widths = {5, 23, 30, 24, 9, 9, 14, 9, 10, 10, 14, 70};
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
        ws.rowHeight(0, 30);
        ws.freezePane(3, 1);
        ws.setAutoFilter(0, 0, PEOPLE_COLUMNS - 1);
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.repeatRows(0);
    }

    private static void number(Worksheet ws, int r, int c, double value) {
        if (Double.isFinite(value)) {
            ws.value(r, c, value);
        }
    }

    private static void months(Worksheet ws, FairnessSheet sheet) {
        FairnessSheet.Labels l = sheet.labels();
        List<String> months = sheet.months();
        int total = FIRST_MONTH_COLUMN + months.size();
        ws.value(0, 0, l.nip());
        ws.value(0, 1, l.name());
        for (int m = 0; m < months.size(); m++) {
            ws.value(0, FIRST_MONTH_COLUMN + m, months.get(m));
        }
        ws.value(0, total, l.total());
        ws.range(0, 0, 0, total).style().bold().fillColor(HEADER_FILL).horizontalAlignment("center")
                .borderStyle(BorderStyle.THIN).set();
        List<FairnessSheet.Person> people = sheet.people();
        int max = 0;
        for (int i = 0; i < people.size(); i++) {
            FairnessSheet.Person p = people.get(i);
            int r = i + 1;
            ws.value(r, 0, p.nipShown());
            ws.value(r, 1, p.name());
            int sum = 0;
            for (int m = 0; m < months.size() && m < p.perMonth().length; m++) {
                int n = p.perMonth()[m];
                if (n != 0) {
                    ws.value(r, FIRST_MONTH_COLUMN + m, n); // a 0 stays blank, so the eye finds the trips
                }
                sum += n;
                max = Math.max(max, n);
            }
            ws.value(r, total, sum);
        }
        int last = people.size();
        if (last > 0 && !months.isEmpty()) {
            ws.range(1, FIRST_MONTH_COLUMN, last, total).style().horizontalAlignment("center").set();
            shade(ws, last, total - 1, max);
        }
        ws.width(0, 23);
        ws.width(1, 30);
        for (int c = FIRST_MONTH_COLUMN; c < total; c++) {
            ws.width(c, 9);
        }
        ws.width(total, 8);
        ws.freezePane(FIRST_MONTH_COLUMN, 1);
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
    }

    /**
     * The heat map: five shades spread over 1..{@code max} trips in a month, as conditional formats (darkest first,
     * each stopping the rest), so Excel keeps them right if someone edits a count.
     */
    private static void shade(Worksheet ws, int lastRow, int lastColumn, int max) {
        if (max == 0) {
            return;
        }
        String topLeft = column(FIRST_MONTH_COLUMN) + "2";
        int previous = Integer.MAX_VALUE;
        for (int level = HEAT.length; level >= 1; level--) {
            int from = threshold(level, max);
            if (from >= previous) {
                continue; // with few distinct counts several shades start at the same count; the darker one wins
            }
            previous = from;
            var style = ws.range(1, FIRST_MONTH_COLUMN, lastRow, lastColumn).style().fillColor(HEAT[level - 1]);
            if (level >= 4) {
                style.fontColor("FFFFFF");
            }
            style.set(new ConditionalFormattingExpressionRule(topLeft + ">=" + from, true));
        }
    }

    /** The lowest count shown in shade {@code level} (1..5) when the highest count is {@code max}. */
    static int threshold(int level, int max) {
        return (level - 1) * max / HEAT.length + 1;
    }

    /** "A", "B", ..., "Z", "AA": a spreadsheet column's letters. */
    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }
}
