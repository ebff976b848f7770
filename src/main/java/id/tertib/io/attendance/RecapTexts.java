package id.tertib.io.attendance;

import java.util.List;
import java.util.Objects;

/**
 * The words of a printed recap in the reader's language, given by the caller (io knows no message bundles).
 *
 * @param totalColumns nine headers in the order of {@link RecapCsvWriter#TOTAL_COLUMNS}
 * @param legend one line per code ("H = Hadir")
 * @param signatoryName the head's name, or a dotted line to fill in by hand
 * @param signatoryNip "NIP. 19700101 199003 1 001", or a dotted line
 */
public record RecapTexts(String sheetName, String title, String unitLine, String monthLine, String number,
        String nip, String name, String dates, String totals, List<String> totalColumns, String legendTitle,
        List<String> legend, String placeAndDate, String signatoryTitle, String signatoryName, String signatoryNip) {

    public RecapTexts {
        totalColumns = List.copyOf(totalColumns);
        legend = List.copyOf(legend);
        if (totalColumns.size() != RecapCsvWriter.TOTAL_COLUMNS.size()) {
            throw new IllegalArgumentException("expected " + RecapCsvWriter.TOTAL_COLUMNS.size() + " total columns");
        }
        Objects.requireNonNull(sheetName, "sheetName");
    }
}
