package id.tertib.io.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * A4 portrait pages filled from the top down: a cursor {@code y} that moves down as things are drawn, and a new page
 * when the next block does not fit. Text goes through {@link PdfText#safe}. Page numbers are added at the end, when
 * the count is known.
 */
public final class PdfPages implements AutoCloseable {

    public static final PDRectangle A4 = PDRectangle.A4;
    public static final float MARGIN = 40;
    /** Room kept free at the bottom for the page number. */
    public static final float FOOTER = 16;

    public final PDDocument doc;
    public final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    public final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream cs;
    private float y;

    public PdfPages(PDDocument doc) throws IOException {
        this.doc = doc;
        newPage();
    }

    public PDPageContentStream cs() {
        return cs;
    }

    public float y() {
        return y;
    }

    public void down(float points) {
        y -= points;
    }

    public static float left() {
        return MARGIN;
    }

    public static float right() {
        return A4.getWidth() - MARGIN;
    }

    public static float width() {
        return right() - left();
    }

    public void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = A4.getHeight() - MARGIN;
    }

    /** Whether a block of {@code height} points fits below the cursor. */
    public boolean fits(float height) {
        return y - height >= MARGIN + FOOTER;
    }

    /** Starts a new page unless {@code height} points fit; true when it did. */
    public boolean ensure(float height) throws IOException {
        if (fits(height)) {
            return false;
        }
        newPage();
        return true;
    }

    /** Draws text (made safe here) with its baseline at {@code baseline}. */
    public void text(String text, PDFont font, float size, float x, float baseline) throws IOException {
        String s = PdfText.safe(font, text);
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }

    /** Text ending at {@code x}. */
    public void textRight(String text, PDFont font, float size, float x, float baseline) throws IOException {
        String s = PdfText.safe(font, text);
        text(s, font, size, x - PdfText.width(font, size, s), baseline);
    }

    public void textCentred(String text, PDFont font, float size, float x, float baseline) throws IOException {
        String s = PdfText.safe(font, text);
        text(s, font, size, x - PdfText.width(font, size, s) / 2, baseline);
    }

    /** Text read from bottom to top (a vertical axis title), centred on {@code y}. */
    public void textUp(String text, PDFont font, float size, float x, float centreY) throws IOException {
        String s = PdfText.safe(font, text);
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, centreY - PdfText.width(font, size, s) / 2));
        cs.showText(s);
        cs.endText();
    }

    /** A wrapped paragraph across the width from the cursor down, onto new pages as needed. */
    public void paragraph(String text, PDFont font, float size, float leading) throws IOException {
        paragraph(text, font, size, leading, left(), width());
    }

    public void paragraph(String text, PDFont font, float size, float leading, float x, float width) throws IOException {
        List<String> lines = PdfText.wrap(font, size, text, width);
        for (String line : lines) {
            ensure(leading);
            down(leading);
            text(line, font, size, x, y + (leading - size) * 0.5f);
        }
    }

    public void fill(float r, float g, float b) throws IOException {
        cs.setNonStrokingColor(r, g, b);
    }

    public void stroke(float r, float g, float b) throws IOException {
        cs.setStrokingColor(r, g, b);
    }

    public void black() throws IOException {
        cs.setNonStrokingColor(0f, 0f, 0f);
        cs.setStrokingColor(0f, 0f, 0f);
    }

    public void line(float x1, float y1, float x2, float y2) throws IOException {
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    /** "title — 3 / 12" at the foot of every page. */
    public void numberPages(String title) throws IOException {
        cs.close();
        int count = doc.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                cs = foot;
                fill(0.45f, 0.45f, 0.45f);
                String number = (i + 1) + " / " + count;
                textRight(number, regular, 7, right(), MARGIN - 12);
                text(PdfText.fit(regular, 7, title, width() - 60), regular, 7, left(), MARGIN - 12);
            }
        }
        cs = null;
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }
}
