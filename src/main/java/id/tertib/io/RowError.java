package id.tertib.io;

import java.util.List;
import java.util.Objects;

/**
 * One problem with one row of an input file. {@code row} is the 1-based row number a spreadsheet
 * user sees (the header is usually row 1); {@code column} is the header as found in the file, or
 * null when the row as a whole is wrong. The UI translates {@code messageKey} with {@code args}.
 */
public record RowError(int row, String column, String messageKey, List<Object> args) {

    public RowError {
        Objects.requireNonNull(messageKey, "messageKey");
        // List.copyOf rejects nulls; a blank is what the message should show anyway.
        args = args == null ? List.of() : args.stream().map(a -> a == null ? (Object) "" : a).toList();
    }

    static RowError of(int row, String column, String messageKey, Object... args) {
        return new RowError(row, column, messageKey, java.util.Arrays.asList(args));
    }
}
