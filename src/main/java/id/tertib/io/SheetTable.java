package id.tertib.io;

import java.util.List;

/**
 * All rows of a file, before any header is recognised. {@code fixedWidth} is true for CSV, where a
 * row with a different number of fields than the header is a sign of a broken line; XLSX rows simply
 * end at their last filled cell.
 */
public record SheetTable(List<SheetRow> rows, boolean fixedWidth) {

    public SheetTable {
        rows = List.copyOf(rows);
    }
}
