package id.tertib.io.discipline;

import id.tertib.io.pdf.PdfPages;
import id.tertib.io.pdf.PdfText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The case file on A4: the confidential line at the head of every page and "page x of y" at the foot, the sections
 * in order (tables whose cells wrap, rows carried onto the next page under a repeated header), then each draft letter
 * on pages of its own. Written to a temporary file first, so a failure never leaves half a file under the name.
 */
public final class DossierPdfWriter {

    private static final float TEXT = 8.5f;
    private static final float LEADING = 11;
    private static final float PAD = 3;

    private DossierPdfWriter() {
    }

    public static void write(DossierSheet sheet, Path out) throws IOException {
        write(sheet, out, true);
    }

    /** Only the letters, for printing the drafts on their own. */
    public static void writeLetters(DossierSheet sheet, Path out) throws IOException {
        write(sheet, out, false);
    }

    private static void write(DossierSheet sheet, Path out, boolean file) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".tertib-", ".pdf.tmp");
        try (PDDocument doc = new PDDocument(); PdfPages pages = new PdfPages(doc)) {
            if (file) {
                pages.down(6);
                pages.paragraph(sheet.title(), pages.bold, 15, 20);
                pages.down(4);
                for (DossierSheet.Block b : sheet.blocks()) {
                    block(pages, b);
                }
            }
            boolean first = !file;
            for (DossierSheet.Letter letter : sheet.letters()) {
                if (!first) {
                    pages.newPage();
                }
                first = false;
                letter(pages, letter);
            }
            pages.close();
            decorate(doc, pages, sheet);
            doc.save(tmp.toFile());
            AtomicFiles.move(tmp, out);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void block(PdfPages p, DossierSheet.Block b) throws IOException {
        p.ensure(LEADING * 4);
        p.down(10);
        p.paragraph(b.heading(), p.bold, 11, 15);
        p.down(3);
        if (b instanceof DossierSheet.Facts f) {
            facts(p, f);
        } else if (b instanceof DossierSheet.Lines l) {
            for (String line : l.lines()) {
                p.paragraph(line, p.regular, 9.5f, 13);
            }
        } else if (b instanceof DossierSheet.Table t) {
            table(p, t);
        }
    }

    private static void facts(PdfPages p, DossierSheet.Facts f) throws IOException {
        float labelWidth = 150;
        for (DossierSheet.Fact fact : f.facts()) {
            List<String> lines = PdfText.wrap(p.regular, 9.5f, fact.value(), PdfPages.width() - labelWidth);
            p.ensure(13 * lines.size());
            p.down(13);
            p.fill(0.35f, 0.35f, 0.35f);
            p.text(fact.label(), p.regular, 9.5f, PdfPages.left(), p.y() + 3);
            p.black();
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    p.down(13);
                }
                p.text(lines.get(i), p.regular, 9.5f, PdfPages.left() + labelWidth, p.y() + 3);
            }
        }
    }

    private static void table(PdfPages p, DossierSheet.Table t) throws IOException {
        float[] widths = widths(t.weights());
        if (t.rows().isEmpty()) {
            p.paragraph(t.empty(), p.regular, 9.5f, 13);
            return;
        }
        header(p, t, widths);
        for (List<Object> row : t.rows()) {
            row(p, t, widths, row, p.regular);
        }
        if (t.total() != null) {
            row(p, t, widths, t.total(), p.bold);
        }
    }

    private static float[] widths(float[] weights) {
        float sum = 0;
        for (float w : weights) {
            sum += w;
        }
        float[] out = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            out[i] = PdfPages.width() * weights[i] / sum;
        }
        return out;
    }

    private static void header(PdfPages p, DossierSheet.Table t, float[] widths) throws IOException {
        List<List<String>> cells = wrapped(p.bold, new ArrayList<>(t.headers()), widths);
        float h = height(cells);
        p.ensure(h + LEADING);
        p.fill(0.86f, 0.89f, 0.95f);
        p.cs().addRect(PdfPages.left(), p.y() - h, PdfPages.width(), h);
        p.cs().fill();
        p.black();
        draw(p, cells, widths, p.bold, h);
    }

    private static void row(PdfPages p, DossierSheet.Table t, float[] widths, List<Object> row, PDFont font)
            throws IOException {
        List<String> texts = new ArrayList<>();
        for (Object cell : row) {
            texts.add(cell == null ? "" : cell.toString());
        }
        List<List<String>> cells = wrapped(font, texts, widths);
        float h = height(cells);
        if (p.ensure(Math.min(h, LEADING * 3 + 2 * PAD))) {
            header(p, t, widths);
        }
        // A row taller than what is left of the page (a long note) goes on over the next pages under the header.
        while (!p.fits(height(cells))) {
            int lines = Math.max(1, (int) ((p.y() - PdfPages.MARGIN - PdfPages.FOOTER - 2 * PAD) / LEADING));
            List<List<String>> part = new ArrayList<>();
            List<List<String>> rest = new ArrayList<>();
            for (List<String> cell : cells) {
                part.add(cell.subList(0, Math.min(lines, cell.size())));
                rest.add(cell.subList(Math.min(lines, cell.size()), cell.size()));
            }
            draw(p, part, widths, font, height(part));
            p.newPage();
            header(p, t, widths);
            cells = rest;
        }
        h = height(cells);
        draw(p, cells, widths, font, h);
        p.stroke(0.8f, 0.8f, 0.8f);
        p.line(PdfPages.left(), p.y(), PdfPages.right(), p.y());
        p.black();
    }

    private static List<List<String>> wrapped(PDFont font, List<String> texts, float[] widths) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            String text = i < texts.size() ? texts.get(i) : "";
            out.add(PdfText.wrap(font, TEXT, text, widths[i] - 2 * PAD));
        }
        return out;
    }

    private static float height(List<List<String>> cells) {
        int lines = 1;
        for (List<String> c : cells) {
            lines = Math.max(lines, c.size());
        }
        return lines * LEADING + 2 * PAD;
    }

    /** Draws one row of wrapped cells below the cursor and moves the cursor under it. */
    private static void draw(PdfPages p, List<List<String>> cells, float[] widths, PDFont font, float h)
            throws IOException {
        float top = p.y();
        float x = PdfPages.left();
        for (int i = 0; i < cells.size(); i++) {
            float baseline = top - PAD - TEXT;
            for (String line : cells.get(i)) {
                p.text(line, font, TEXT, x + PAD, baseline);
                baseline -= LEADING;
            }
            x += widths[i];
        }
        p.down(h);
    }

    private static void letter(PdfPages p, DossierSheet.Letter letter) throws IOException {
        String[] lines = letter.text().split("\n", -1);
        p.down(10);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (i == 0) {
                p.down(16);
                p.textCentred(line, p.bold, 12, (PdfPages.left() + PdfPages.right()) / 2, p.y() + 3);
                p.down(8);
            } else if (line.isEmpty()) {
                p.down(11);
            } else if (!columns(p, line)) {
                p.paragraph(line, p.regular, 10.5f, 14.5f);
            }
        }
    }

    /**
     * Lines the template aligns with spaces keep their columns: "Nama      : Budi" puts the colon at a tab stop,
     * "Yang diperiksa,      Pemeriksa," puts the second signature in the middle of the page. True when drawn so.
     */
    private static boolean columns(PdfPages p, String line) throws IOException {
        String[] parts = line.strip().split("\\s{2,}", 2);
        if (parts.length < 2) {
            return false;
        }
        boolean colon = parts[1].startsWith(":");
        float second = colon ? PdfPages.left() + 120 : (PdfPages.left() + PdfPages.right()) / 2;
        List<String> rest = PdfText.wrap(p.regular, 10.5f, parts[1], PdfPages.right() - second);
        p.ensure(14.5f * rest.size());
        p.down(14.5f);
        p.text(parts[0], p.regular, 10.5f, PdfPages.left(), p.y() + 2);
        for (int i = 0; i < rest.size(); i++) {
            if (i > 0) {
                p.down(14.5f);
            }
            p.text(rest.get(i), p.regular, 10.5f, second, p.y() + 2);
        }
        return true;
    }

    /** The confidential line at the head and "footer · page x of y" at the foot of every page. */
    private static void decorate(PDDocument doc, PdfPages p, DossierSheet sheet) throws IOException {
        int count = doc.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                float top = PdfPages.A4.getHeight() - 24;
                cs.setNonStrokingColor(0.75f, 0.1f, 0.1f);
                text(cs, p.bold, 8, sheet.confidential(), PdfPages.left(), top);
                cs.setStrokingColor(0.75f, 0.1f, 0.1f);
                cs.moveTo(PdfPages.left(), top - 4);
                cs.lineTo(PdfPages.right(), top - 4);
                cs.stroke();
                cs.setNonStrokingColor(0.45f, 0.45f, 0.45f);
                String number = String.format(java.util.Locale.ROOT, sheet.pageWord(), i + 1, count);
                float numberWidth = PdfText.width(p.regular, 7.5f, PdfText.safe(p.regular, number));
                text(cs, p.regular, 7.5f, number, PdfPages.right() - numberWidth, PdfPages.MARGIN - 14);
                text(cs, p.regular, 7.5f, PdfText.fit(p.regular, 7.5f, sheet.footer(), PdfPages.width() - 90),
                        PdfPages.left(), PdfPages.MARGIN - 14);
            }
        }
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, String text, float x, float y)
            throws IOException {
        String safe = PdfText.safe(font, text);
        if (safe.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(safe);
        cs.endText();
    }
}
