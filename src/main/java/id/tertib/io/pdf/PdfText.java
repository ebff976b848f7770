package id.tertib.io.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as the standard 14 fonts can print it. They encode WinAnsi only, and PDFBox refuses the whole line when one
 * character is outside it, so "≤" becomes "<=", "ā" becomes "a", and what has no stand-in is left out. Also measures
 * and wraps, since a PDF has no layout of its own.
 */
public final class PdfText {

    private PdfText() {
    }

    public static String safe(PDFont font, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (printableAscii(text)) {
            return text; // nearly every cell of a table: no need to look further
        }
        String t = text.replace("≤", "<=").replace("≥", ">=").replace('−', '-').replace("≠", "!=")
                .replace('\u00A0', ' ').replace('\u2009', ' ').replace('\u202F', ' ');
        StringBuilder out = new StringBuilder(t.length());
        t.codePoints().forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7F) {
                out.append((char) cp);
            } else if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (encodable(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
                if (!base.isEmpty() && base.codePoints().allMatch(c -> encodable(font, c))) {
                    out.append(base);
                }
            }
        });
        return out.toString();
    }

    private static boolean printableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean encodable(PDFont font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Width in points of text already made safe. */
    public static float width(PDFont font, float size, String safeText) {
        try {
            return font.getStringWidth(safeText) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            return safeText.length() * size * 0.6f; // cannot happen for safe text; a fair guess if it does
        }
    }

    /** The safe text cut with "…" to fit {@code width}. */
    public static String fit(PDFont font, float size, String text, float width) {
        String s = safe(font, text);
        if (width(font, size, s) <= width) {
            return s;
        }
        int end = s.length();
        while (end > 0 && width(font, size, s.substring(0, end) + "…") > width) {
            end--;
        }
        return end == 0 ? "" : s.substring(0, end).stripTrailing() + "…";
    }

    /** Safe lines of at most {@code width} points, broken between words (a word longer than a line is cut). */
    public static List<String> wrap(PDFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(font, text).split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (width(font, size, word) > width && word.length() > 1) {
                int cut = word.length() - 1;
                while (cut > 1 && width(font, size, word.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
