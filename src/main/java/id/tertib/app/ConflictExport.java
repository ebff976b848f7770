package id.tertib.app;

import id.tertib.domain.Problem;
import id.tertib.io.travel.ConflictCsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The reconciliation report for {@code tertib travel conflicts --format csv|json}. */
final class ConflictExport {

    private ConflictExport() {
    }

    static List<ConflictCsvWriter.Row> rows(List<TravelService.ConflictEntry> conflicts) {
        return conflicts.stream().map(c -> new ConflictCsvWriter.Row(c.conflict(), c.employee().number(),
                c.employee().name().full())).toList();
    }

    static void csv(List<TravelService.ConflictEntry> conflicts, Writer out) {
        try {
            ConflictCsvWriter.csv(rows(conflicts), out);
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    static void json(List<TravelService.ConflictEntry> conflicts, Writer out) {
        try {
            ConflictCsvWriter.json(rows(conflicts), out);
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private static AppException failed(IOException e) {
        return new AppException(List.of(Problem.of(null, "fairness.export.cannotPrint", String.valueOf(
                e.getMessage()))), e);
    }
}
