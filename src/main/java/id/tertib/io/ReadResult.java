package id.tertib.io;

import java.util.List;
import java.util.Map;

/**
 * Rows read, plus every rejected row with its reason. Readers never stop at the first bad row.
 * {@code headers} maps each expected column the file really has (canonical name, e.g. "unit_code") to its
 * header as written in the file (e.g. "Kode Unit"), so an update can leave alone what the file does not carry
 * and messages can name columns the way the user wrote them.
 */
public record ReadResult<T>(List<T> rows, List<RowError> errors, Map<String, String> headers) {

    public ReadResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        headers = Map.copyOf(headers);
    }

    public boolean has(String column) {
        return headers.containsKey(column);
    }

    /** The file's own header for a canonical column name; the name itself when the file has no such column. */
    public String header(String column) {
        return headers.getOrDefault(column, column);
    }
}
