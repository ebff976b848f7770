package id.tertib.io;

import java.util.List;

/** One row of a CSV or XLSX file, numbered as a spreadsheet shows it. */
public record SheetRow(int number, List<SheetCell> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> CellText.clean(c.text()).isEmpty());
    }

    public String text(int index) {
        return index < cells.size() ? cells.get(index).text() : "";
    }
}
