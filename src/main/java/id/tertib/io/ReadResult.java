package id.tertib.io;

import java.util.List;

/** Rows read, plus every rejected row with its reason. Readers never stop at the first bad row. */
public record ReadResult<T>(List<T> rows, List<RowError> errors) {

    public ReadResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }
}
