package id.tertib.io;

import java.nio.file.Path;
import java.util.List;

/** Reads a unit list (code, name, parent code) from a .csv or .xlsx file. */
public final class UnitFileReader {

    static final List<Column> COLUMNS = List.of(
            Column.required("code", "kode", "kode unit"),
            Column.required("name", "nama", "nama unit"),
            Column.optional("parent_code", "kode induk", "induk", "parent"));

    private final TableImporter<UnitRow> importer = new TableImporter<>(COLUMNS, null,
            f -> new UnitRow(f.row(), f.get("code"), f.get("name"), f.get("parent_code")));

    public ReadResult<UnitRow> read(Path file) throws ImportException {
        return importer.read(file);
    }
}
