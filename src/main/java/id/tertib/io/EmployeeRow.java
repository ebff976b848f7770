package id.tertib.io;

/** Raw text of one employee row: trimmed, "" when the column is absent or the cell empty. Not yet validated. */
public record EmployeeRow(int row, String nip, String frontTitle, String name, String backTitle, String gender,
        String status, String golongan, String position, String positionKind, String unitCode, String pin,
        String active, String appointedOn) {
}
