package id.tertib.io.discipline;

import java.util.List;
import java.util.Objects;

/**
 * A discipline case file ready to be written: every word already in the reader's language (io knows no message
 * bundles), numbers still numbers where a workbook should keep them so. The app fills it from the case, the year's
 * attendance, trips, notes and the audit trail.
 *
 * @param title the file's title ("Berkas Pemeriksaan Disiplin")
 * @param confidential the line printed at the head of every page ("RAHASIA ...")
 * @param footer the words before the page number ("Kasus #3 · Budi Santoso", then "halaman 2 dari 5" is added)
 * @param pageWord the pattern of the page number with {@code %d} for page and count ("Halaman %d dari %d")
 * @param blocks the sections in order
 * @param letters draft letters, each starting on a new page
 */
public record DossierSheet(String title, String confidential, String footer, String pageWord, List<Block> blocks,
        List<Letter> letters) {

    public DossierSheet {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(confidential, "confidential");
        footer = footer == null ? "" : footer;
        blocks = List.copyOf(blocks);
        letters = List.copyOf(letters);
    }

    /** One section of the file. */
    public sealed interface Block permits Facts, Lines, Table {
        String heading();
    }

    /** Label and value pairs (identity, the case's figures). */
    public record Facts(String heading, List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    public record Fact(String label, String value) {
    }

    /** Sentences, one per line (the conversion of minutes worked out in words). */
    public record Lines(String heading, List<String> lines) implements Block {
        public Lines {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A table. Cells are text, or numbers ({@link Number}) that a workbook keeps as numbers; {@code weights} are the
     * relative column widths on paper; {@code empty} is printed when there are no rows; {@code total} (may be null) is
     * a last row in bold; {@code sheet} names the workbook sheet when the table gets one (null: the PDF only).
     */
    public record Table(String heading, List<String> headers, List<List<Object>> rows, List<Object> total,
            float[] weights, String empty, String sheet) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(r -> (List<Object>) java.util.Collections.unmodifiableList(
                    new java.util.ArrayList<>(r))).toList();
            if (weights.length != headers.size()) {
                throw new IllegalArgumentException("one weight per column");
            }
            weights = weights.clone();
        }

        @Override
        public float[] weights() {
            return weights.clone();
        }
    }

    /** A draft letter: its text line by line as the officer left it; the first line is its title. */
    public record Letter(String text) {
    }
}
