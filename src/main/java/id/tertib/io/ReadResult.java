package id.tertib.io;

import java.util.List;
import java.util.Set;

/**
 * Rows read, plus every rejected row with its reason. Readers never stop at the first bad row.
 * {@code columns} names the expected columns the file really has (canonical names), so an update can
 * leave alone what the file does not carry.
 */
public record ReadResult<T>(List<T> rows, List<RowError> errors, Set<String> columns) {

    public ReadResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        columns = Set.copyOf(columns);
    }

    public boolean has(String column) {
        return columns.contains(column);
    }
}
