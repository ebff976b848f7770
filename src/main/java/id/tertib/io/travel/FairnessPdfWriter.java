package id.tertib.io.travel;

import id.tertib.io.pdf.PdfPages;
import id.tertib.io.pdf.PdfText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The fairness analysis as an A4 report to print or send: title and what was analysed, the summary figures, the bar
 * chart of trips per person, the Lorenz curve, the table of every person (continued over pages under a repeated
 * header, flagged rows shaded) and the explanation of every flag. Standard fonts only, so the file is small and opens
 * anywhere; see {@link PdfText} for what that means for unusual characters.
 */
public final class FairnessPdfWriter {

    /** Most people in the bar chart; with more, the chart shows those with most trips (say so in the bar note). */
    public static final int BAR_LIMIT = FairnessCharts.BAR_LIMIT;

    /**
     * No, NIP, name, unit, trips, days, allowance, share, expected, p, flag: 515 points, the width inside the margins;
     * a grouped NIP needs 76 of them at 7 points.
     */
    private static final float[] WIDTHS = {16, 80, 88, 46, 40, 24, 54, 30, 32, 34, 71};
    private static final boolean[] NUMERIC = {true, false, false, false, true, true, true, true, true, true, false};
    private static final float SIZE = 7;
    private static final float ROW = 10;
    private static final float PAD = 2;
    private static final float[] FLAGGED = {0.99f, 0.87f, 0.80f};
    private static final float[] HEADER = {0.85f, 0.88f, 0.95f};

    private FairnessPdfWriter() {
    }

    public static void write(FairnessSheet sheet, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(sheet.title());
            info.setCreator("Tertib");
            PdfNumbers nf = new PdfNumbers(sheet.locale());
            try (PdfPages pg = new PdfPages(doc)) {
                heading(pg, sheet, nf);
                FairnessCharts.bars(pg, sheet, nf);
                FairnessCharts.lorenz(pg, sheet, nf);
                table(pg, sheet, nf);
                explanations(pg, sheet);
                pg.numberPages(sheet.title());
            }
            doc.save(out);
        }
    }

    private static void heading(PdfPages pg, FairnessSheet sheet, PdfNumbers nf) throws IOException {
        pg.paragraph(sheet.title(), pg.bold, 15, 19);
        pg.down(3);
        for (String line : sheet.description()) {
            pg.paragraph(line, pg.regular, 9, 12);
        }
        pg.down(8);
        pg.ensure(14);
        pg.down(14);
        pg.text(sheet.labels().summarySheet(), pg.bold, 11, PdfPages.left(), pg.y());
        pg.down(2);
        float valueRight = PdfPages.left() + 330;
        for (FairnessSheet.Fact f : sheet.facts()) {
            pg.ensure(12);
            pg.down(12);
            pg.text(PdfText.fit(pg.regular, 9, f.label(), 250), pg.regular, 9, PdfPages.left(), pg.y());
            pg.textRight(nf.fact(f), pg.bold, 9, valueRight, pg.y());
        }
        pg.down(6);
    }

    private static void table(PdfPages pg, FairnessSheet sheet, PdfNumbers nf) throws IOException {
        FairnessSheet.Labels l = sheet.labels();
        List<String> header = List.of(l.number(), l.nip(), l.name(), l.unit(), l.trips(), l.days(), l.allowance(),
                l.share(), l.expected(), l.pValue(), l.flag());
        float[] headerSizes = new float[header.size()];
        List<List<String>> headerLines = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < header.size(); c++) {
            headerSizes[c] = headerSize(pg.bold, header.get(c), WIDTHS[c] - 2 * PAD);
            List<String> wrapped = PdfText.wrap(pg.bold, headerSizes[c], header.get(c), WIDTHS[c] - 2 * PAD);
            headerLines.add(wrapped);
            lines = Math.max(lines, Math.min(wrapped.size(), 3));
        }
        float headerHeight = lines * (SIZE + 1.5f) + 4;
        pg.ensure(16 + headerHeight + 3 * ROW); // never a heading alone at the foot of a page
        pg.down(16);
        pg.text(l.peopleSheet(), pg.bold, 11, PdfPages.left(), pg.y());
        pg.down(4);
        tableHeader(pg, headerLines, headerSizes, headerHeight);
        List<FairnessSheet.Person> people = sheet.people();
        for (int i = 0; i < people.size(); i++) {
            if (!pg.fits(ROW)) {
                pg.newPage();
                tableHeader(pg, headerLines, headerSizes, headerHeight);
            }
            FairnessSheet.Person p = people.get(i);
            pg.down(ROW);
            if (p.flagged()) {
                pg.fill(FLAGGED[0], FLAGGED[1], FLAGGED[2]);
                pg.cs().addRect(PdfPages.left(), pg.y(), PdfPages.width(), ROW);
                pg.cs().fill();
                pg.black();
            }
            List<String> cells = List.of(String.valueOf(i + 1), p.nipShown(), p.name(), p.unit(), nf.count(p.trips()),
                    nf.count(p.days()), nf.rupiah(p.allowance()), nf.percent(p.share()), nf.decimal(p.expected()),
                    nf.chance(p.pValue()), p.flagText());
            row(pg, cells, pg.regular);
        }
        pg.cs().setLineWidth(0.4f);
        pg.line(PdfPages.left(), pg.y() - 1, PdfPages.right(), pg.y() - 1);
        pg.down(4);
    }

    /** The header's size: 7 points, smaller (down to 5) when its longest word would not fit the column. */
    static float headerSize(PDFont font, String header, float width) {
        float longest = 0;
        for (String word : PdfText.safe(font, header).split(" +")) {
            longest = Math.max(longest, PdfText.width(font, SIZE, word));
        }
        return longest <= width ? SIZE : Math.max(5f, SIZE * width / longest);
    }

    private static void tableHeader(PdfPages pg, List<List<String>> headerLines, float[] sizes, float height)
            throws IOException {
        pg.down(height);
        pg.fill(HEADER[0], HEADER[1], HEADER[2]);
        pg.cs().addRect(PdfPages.left(), pg.y(), PdfPages.width(), height);
        pg.cs().fill();
        pg.black();
        float x = PdfPages.left();
        for (int c = 0; c < WIDTHS.length; c++) {
            List<String> lines = headerLines.get(c);
            float baseline = pg.y() + height - SIZE - 1.5f;
            for (int k = 0; k < Math.min(lines.size(), 3); k++) {
                String text = PdfText.fit(pg.bold, sizes[c], lines.get(k), WIDTHS[c] - 2 * PAD);
                if (NUMERIC[c]) {
                    pg.textRight(text, pg.bold, sizes[c], x + WIDTHS[c] - PAD, baseline);
                } else {
                    pg.text(text, pg.bold, sizes[c], x + PAD, baseline);
                }
                baseline -= SIZE + 1.5f;
            }
            x += WIDTHS[c];
        }
    }

    private static void row(PdfPages pg, List<String> cells, PDFont font)
            throws IOException {
        float x = PdfPages.left();
        float baseline = pg.y() + 2.6f;
        for (int c = 0; c < WIDTHS.length; c++) {
            String text = PdfText.fit(font, SIZE, cells.get(c), WIDTHS[c] - 2 * PAD);
            if (NUMERIC[c]) {
                pg.textRight(text, font, SIZE, x + WIDTHS[c] - PAD, baseline);
            } else {
                pg.text(text, font, SIZE, x + PAD, baseline);
            }
            x += WIDTHS[c];
        }
    }

    private static void explanations(PdfPages pg, FairnessSheet sheet) throws IOException {
        pg.ensure(16 + 30);
        pg.down(16);
        pg.text(sheet.labels().flagsTitle(), pg.bold, 11, PdfPages.left(), pg.y());
        pg.down(2);
        List<FairnessSheet.Person> flagged = sheet.people().stream().filter(FairnessSheet.Person::flagged).toList();
        if (flagged.isEmpty()) {
            pg.paragraph(sheet.labels().noFlags(), pg.regular, 9, 12);
            return;
        }
        for (FairnessSheet.Person p : flagged) {
            pg.ensure(26);
            pg.down(4);
            String who = p.name() + " (" + p.nipShown() + ")" + (p.flagText().isEmpty() ? "" : ": " + p.flagText());
            pg.paragraph(who, pg.bold, 9, 12);
            pg.paragraph(p.reason(), pg.regular, 9, 12);
        }
    }
}
