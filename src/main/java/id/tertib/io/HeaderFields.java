package id.tertib.io;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each expected column of a file is, and what the file calls it, so a reader takes a row's cell by the
 * column's own name and names the file's header ("Tanggal Berangkat") when a cell is wrong.
 */
public record HeaderFields(Map<String, Integer> index, Map<String, String> headers) {

    public HeaderFields {
        index = Map.copyOf(index);
        headers = Map.copyOf(headers);
    }

    public static HeaderFields of(HeaderMap header) {
        Map<String, String> headers = new HashMap<>();
        header.indexByColumn().forEach((column, i) -> headers.put(column, header.headerAt(i)));
        return new HeaderFields(header.indexByColumn(), headers);
    }

    public SheetCell cell(SheetRow row, String column) {
        Integer i = index.get(column);
        return i == null || i >= row.cells().size() ? SheetCell.EMPTY : row.cells().get(i);
    }

    /** The cell's text, trimmed and with stray spaces and control characters removed. */
    public String text(SheetRow row, String column) {
        return CellText.clean(cell(row, column).text());
    }

    /** The file's name for the column; the column's own name when the file has none. */
    public String header(String column) {
        return headers.getOrDefault(column, column);
    }
}
