package id.tertib.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads every row of a CSV file; the CSV cell is plain text, "=1+1" is never evaluated. */
final class CsvSheetReader {

    private static final Pattern SEP_LINE = Pattern.compile("sep=([,;\t|])[ \t]*(\r\n|\n|\r)", Pattern.CASE_INSENSITIVE);

    private CsvSheetReader() {
    }

    static SheetTable read(Path file, List<Column> columns) throws ImportException {
        String name = TableFiles.fileName(file);
        String text;
        try {
            text = TextDecoder.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ImportException(e, "import.unreadable", name);
        }
        if (text.indexOf('\0') >= 0) {
            // No CSV export contains NUL; this is a binary file (or UTF-16 without BOM) named .csv.
            throw new ImportException("import.unreadable", name);
        }
        if (text.isBlank()) {
            throw new ImportException("import.empty", name);
        }
        Matcher sep = SEP_LINE.matcher(text);
        if (sep.lookingAt()) {
            // Excel's "sep=;" hint line; Excel hides it, so the header is row 1 again after it.
            return parse(text.substring(sep.end()), sep.group(1).charAt(0), name);
        }
        return parse(text, DelimiterGuess.guess(text, columns), name);
    }

    private static SheetTable parse(String text, char delimiter, String name) throws ImportException {
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(delimiter)
                .setQuote('"')
                // Blank lines stay records so that row numbers match what Excel shows.
                .setIgnoreEmptyLines(false)
                // Tolerates "Ucok" Siregar: text after a closing quote is kept, not an error.
                .setTrailingData(true)
                .get();
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                rows.add(toRow(record));
            }
        } catch (UncheckedIOException | IOException e) {
            // A quote opened and never closed: every later row is in doubt, so the file is refused.
            int brokenRow = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).number() + 1;
            throw new ImportException(e, "import.csvSyntax", name, brokenRow);
        }
        return new SheetTable(rows, true);
    }

    private static SheetRow toRow(CSVRecord record) {
        List<SheetCell> cells = new ArrayList<>(record.size());
        for (String value : record) {
            cells.add(SheetCell.text(value));
        }
        return new SheetRow(Math.toIntExact(record.getRecordNumber()), cells);
    }
}
