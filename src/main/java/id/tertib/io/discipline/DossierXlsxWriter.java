package id.tertib.io.discipline;

import id.tertib.io.attendance.RecapXlsxWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The case file's figures as a workbook: a first sheet with the title, the facts and the worked-out lines, then one
 * sheet per table that names one (the monthly recap, the incident days), numbers kept as numbers so a reviewer can
 * add them up again.
 */
public final class DossierXlsxWriter {

    private static final String HEADER_FILL = "D9E1F2";

    private DossierXlsxWriter() {
    }

    public static void write(DossierSheet sheet, Path out) throws IOException {
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".tertib-", ".xlsx.tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(tmp)) {
                write(sheet, stream);
            }
            AtomicFiles.move(tmp, out);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void write(DossierSheet sheet, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Tertib", "1.0");
        summary(wb.newWorksheet(RecapXlsxWriter.sheetName(sheet.title())), sheet);
        for (DossierSheet.Block b : sheet.blocks()) {
            if (b instanceof DossierSheet.Table t && t.sheet() != null) {
                table(wb.newWorksheet(RecapXlsxWriter.sheetName(t.sheet())), t);
            }
        }
        wb.finish();
    }

    private static void summary(Worksheet ws, DossierSheet sheet) {
        ws.value(0, 0, sheet.title());
        ws.style(0, 0).bold().fontSize(14).set();
        ws.value(1, 0, sheet.confidential());
        int r = 3;
        for (DossierSheet.Block b : sheet.blocks()) {
            if (b instanceof DossierSheet.Facts f) {
                r = heading(ws, r, f.heading());
                for (DossierSheet.Fact fact : f.facts()) {
                    ws.value(r, 0, fact.label());
                    ws.value(r, 1, fact.value());
                    r++;
                }
                r++;
            } else if (b instanceof DossierSheet.Lines l) {
                r = heading(ws, r, l.heading());
                for (String line : l.lines()) {
                    ws.value(r++, 0, line);
                }
                r++;
            }
        }
        ws.width(0, 40);
        ws.width(1, 60);
    }

    private static int heading(Worksheet ws, int r, String heading) {
        ws.value(r, 0, heading);
        ws.style(r, 0).bold().set();
        return r + 1;
    }

    private static void table(Worksheet ws, DossierSheet.Table t) {
        List<String> headers = t.headers();
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
            ws.width(c, Math.max(8, Math.min(40, headers.get(c).length() + 4)));
        }
        ws.range(0, 0, 0, headers.size() - 1).style().bold().fillColor(HEADER_FILL).wrapText(true).set();
        int r = 1;
        for (List<Object> row : t.rows()) {
            cells(ws, r++, row);
        }
        if (t.total() != null) {
            cells(ws, r, t.total());
            ws.range(r, 0, r, headers.size() - 1).style().bold().set();
        }
        ws.freezePane(0, 1);
    }

    private static void cells(Worksheet ws, int r, List<Object> row) {
        for (int c = 0; c < row.size(); c++) {
            Object v = row.get(c);
            if (v instanceof Number n) {
                ws.value(r, c, n);
            } else if (v != null) {
                ws.value(r, c, v.toString());
            }
        }
    }
}
