package id.tertib.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the header row and where each expected column is. Office sheets often carry a title
 * ("DAFTAR PEGAWAI DINAS ...") above the header, so the header is the earliest of the first rows
 * that names the most expected columns, not blindly the first row.
 */
public record HeaderMap(int rowIndex, List<String> headers, Map<String, Integer> indexByColumn) {

    private static final int ROWS_TO_SEARCH = 20;

    public static HeaderMap locate(List<SheetRow> rows, List<Column> columns, String fileName) throws ImportException {
        int bestIndex = -1;
        int bestKnown = 0;
        int searched = 0;
        for (int i = 0; i < rows.size() && searched < ROWS_TO_SEARCH; i++) {
            if (rows.get(i).isBlank()) {
                continue;
            }
            searched++;
            int known = knownColumns(rows.get(i), columns).size();
            if (known > bestKnown) {
                bestIndex = i;
                bestKnown = known;
            }
        }
        if (searched == 0) {
            throw new ImportException("import.empty", fileName);
        }
        if (bestIndex < 0) {
            throw new ImportException("import.noHeader", fileName);
        }
        SheetRow header = rows.get(bestIndex);
        Map<String, Integer> index = knownColumns(header, columns);
        List<String> missing = columns.stream().filter(c -> c.required() && !index.containsKey(c.name()))
                .map(Column::name).toList();
        if (missing.size() == 1) {
            throw new ImportException("import.missingColumn", missing.get(0), found(header));
        }
        if (!missing.isEmpty()) {
            // All at once, so the user fixes the header in one go instead of one column per attempt.
            throw new ImportException("import.missingColumns", String.join(", ", missing), found(header));
        }
        List<String> headers = header.cells().stream().map(c -> CellText.clean(c.text())).toList();
        return new HeaderMap(bestIndex, headers, Map.copyOf(index));
    }

    /**
     * Column name to cell index. When two headers mean the same column ("Unit" and "Kode Unit"), the
     * more specific alias wins, then the leftmost.
     */
    private static Map<String, Integer> knownColumns(SheetRow row, List<Column> columns) {
        Map<String, Integer> index = new HashMap<>();
        for (Column column : columns) {
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i < row.cells().size(); i++) {
                int rank = column.rank(row.cells().get(i).text());
                if (rank >= 0 && rank < bestRank) {
                    bestRank = rank;
                    index.put(column.name(), i);
                }
            }
        }
        return index;
    }

    /** The headers for the message; shortened, since a wrongly chosen file may have anything in row 1. */
    private static String found(SheetRow header) {
        return header.cells().stream().map(c -> CellText.clean(c.text()))
                .filter(s -> !s.isEmpty()).limit(30)
                .map(s -> s.length() > 40 ? s.substring(0, 40) + "…" : s)
                .collect(Collectors.joining(", "));
    }

    /** The header as written in the file, or null when the cell is beyond or blank. */
    public String headerAt(int cellIndex) {
        if (cellIndex >= headers.size() || headers.get(cellIndex).isEmpty()) {
            return null;
        }
        return headers.get(cellIndex);
    }
}
