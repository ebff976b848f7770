package id.tertib.io;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a table as RFC 4180 CSV (with "\n" line ends), safe to open in a spreadsheet. */
public final class CsvTableWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private CsvTableWriter() {
    }

    public static void write(Appendable out, List<String> header, List<List<String>> rows) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT); // not closed: the caller owns out
        printer.printRecord(header.stream().map(CsvTableWriter::neutralise).toList());
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(CsvTableWriter::neutralise).toList());
        }
        printer.flush();
    }

    /**
     * A spreadsheet runs a cell starting with = + - @ as a formula (CSV injection), so such a cell
     * gets a leading apostrophe, which the readers of this package strip again. A cell that already starts
     * with an apostrophe gets one more, so what is read back equals what was written. Numbers like -5 or
     * +62812... are left alone.
     */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        boolean risky = switch (first) {
            case '=', '@', '\t', '\r', '\'' -> true;
            case '+', '-' -> cell.length() > 1 && !Character.isDigit(cell.charAt(1));
            default -> false;
        };
        return risky ? "'" + cell : cell;
    }
}
