package id.tertib.cli;

import id.tertib.app.I18n;
import id.tertib.app.ImportIssue;
import java.io.PrintWriter;
import java.util.List;

/** Prints the rejected rows of an import preview: "baris 14, kolom nip: ...". */
final class ImportReport {

    private ImportReport() {
    }

    static void printIssues(PrintWriter out, I18n i18n, List<ImportIssue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        out.println(i18n.get("cli.import.rejected", issues.stream().map(ImportIssue::row).distinct().count()));
        for (ImportIssue issue : issues) {
            String where = issue.column() == null ? i18n.get("import.where.row", issue.row())
                    : i18n.get("import.where.rowColumn", issue.row(), issue.column());
            out.println("  " + where + ": " + i18n.text(issue.problem()));
        }
    }
}
