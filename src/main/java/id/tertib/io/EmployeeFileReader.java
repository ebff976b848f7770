package id.tertib.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads an employee list from a .csv or .xlsx file with headers in Indonesian or English. Returns
 * raw text per row; the domain decides whether a NIP, status or golongan is valid.
 */
public final class EmployeeFileReader {

    static final List<Column> COLUMNS = List.of(
            Column.required("nip", "ni pppk", "nip/ni", "nomor induk"),
            Column.optional("front_title", "gelar depan"),
            Column.required("name", "nama", "nama lengkap"),
            Column.optional("back_title", "gelar belakang"),
            Column.optional("gender", "jenis kelamin", "jk", "l/p"),
            Column.required("status", "status pegawai", "status kepegawaian"),
            Column.optional("golongan", "gol", "golongan/ruang", "pangkat/golongan", "gol/ruang"),
            Column.optional("position", "jabatan", "nama jabatan"),
            Column.required("position_kind", "jenis jabatan", "jenis"),
            Column.required("unit_code", "kode unit", "unit", "kode_unit"),
            Column.optional("pin", "pin mesin", "id mesin"),
            Column.optional("active", "aktif", "status aktif"),
            Column.optional("appointed_on", "tmt", "tmt pppk", "tanggal pengangkatan"));

    private final TableImporter<EmployeeRow> importer = new TableImporter<>(COLUMNS, "nip", f -> new EmployeeRow(
            f.row(), f.get("nip"), f.get("front_title"), f.get("name"), f.get("back_title"), f.get("gender"),
            f.get("status"), f.get("golongan"), f.get("position"), f.get("position_kind"), f.get("unit_code"),
            f.get("pin"), f.get("active"), f.get("appointed_on")));

    public ReadResult<EmployeeRow> read(Path file) throws ImportException {
        return importer.read(file);
    }
}
