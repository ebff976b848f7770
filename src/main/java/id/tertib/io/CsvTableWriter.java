package id.tertib.io;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a table as RFC 4180 CSV (with "\n" line ends), safe to open in a spreadsheet. */
public final class CsvTableWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private CsvTableWriter() {
    }

    /** A table whose every column holds text. */
    public static void write(Appendable out, List<String> header, List<List<String>> rows) throws IOException {
        write(out, header, Set.of(), rows);
    }

    /**
     * A table with {@code numeric} columns (by header name): there a plain number (-5, 430000, 0.25) stays a number a
     * spreadsheet can sum; anything else in them, and every cell of the other columns, is neutralised as text. The
     * decision is per column, not per value: "-2+3+cmd|..." in a name column must not pass for a number.
     */
    public static void write(Appendable out, List<String> header, Set<String> numeric, List<List<String>> rows)
            throws IOException {
        boolean[] number = new boolean[header.size()];
        for (int i = 0; i < number.length; i++) {
            number[i] = numeric.contains(header.get(i));
        }
        CSVPrinter printer = new CSVPrinter(out, FORMAT); // not closed: the caller owns out
        printer.printRecord(header.stream().map(CsvTableWriter::neutralise).toList());
        for (List<String> row : rows) {
            List<String> cells = new java.util.ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                cells.add(i < number.length && number[i] && isNumber(cell) ? cell : neutralise(cell));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    private static boolean isNumber(String cell) {
        return cell != null && PLAIN_NUMBER.matcher(cell).matches();
    }

    /**
     * A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return before them) as a formula (CSV
     * injection): "+1+2" and "-2+3+cmd|..." too, so such a text cell gets a leading apostrophe, which the readers of
     * this package strip again. A cell that already starts with an apostrophe gets one more, so what is read back
     * equals what was written. A lone "+" or "-" is no formula and stays.
     */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        boolean risky = switch (first) {
            case '=', '@', '\t', '\r', '\'' -> true;
            case '+', '-' -> cell.length() > 1;
            default -> false;
        };
        return risky ? "'" + cell : cell;
    }
}
