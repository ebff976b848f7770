package id.tertib.io;

/** Raw text of one unit row: trimmed, "" when the column is absent or the cell empty. Not yet validated. */
public record UnitRow(int row, String code, String name, String parentCode) {
}
