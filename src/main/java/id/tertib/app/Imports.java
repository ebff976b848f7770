package id.tertib.app;

import id.tertib.domain.Problem;
import id.tertib.io.ImportException;
import id.tertib.io.ReadResult;
import id.tertib.io.RowError;
import java.util.List;
import java.util.Map;

/** Shared steps of the file imports: reading with whole-file errors turned into {@link AppException}. */
final class Imports {

    /** Fields whose file column has another name; the rest are named alike. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "positionName", "position", "positionKind", "position_kind", "unit", "unit_code",
            "frontTitle", "front_title", "backTitle", "back_title");

    private Imports() {
    }

    interface Reader<T> {
        ReadResult<T> read() throws ImportException;
    }

    static <T> ReadResult<T> read(Reader<T> reader) {
        try {
            return reader.read();
        } catch (ImportException e) {
            throw new AppException(List.of(Problem.of(null, e.messageKey(), e.args())), e);
        }
    }

    static List<ImportIssue> issues(List<RowError> errors) {
        return errors.stream()
                .map(e -> new ImportIssue(e.row(), e.column(), Problem.of(e.column(), e.messageKey(), e.args().toArray())))
                .toList();
    }

    /** The issues with each column named as the file's header names it ("Kode Unit", not "unit_code"). */
    static List<ImportIssue> inFileTerms(List<ImportIssue> issues, ReadResult<?> file) {
        return issues.stream()
                .map(i -> i.column() == null ? i : new ImportIssue(i.row(), file.header(i.column()), i.problem()))
                .sorted(java.util.Comparator.comparingInt(ImportIssue::row))
                .toList();
    }

    /** The file column a domain field came from, for "row 14, column nip" messages. */
    static String column(String field) {
        return field == null ? null : COLUMN_OF_FIELD.getOrDefault(field, field);
    }
}
