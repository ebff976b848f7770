package id.tertib.cli;

import id.tertib.app.I18n;
import id.tertib.app.ImportIssue;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;

/**
 * The CLI side of every import: print the preview and each rejected row ("baris 14, kolom NIP: ..."), ask
 * before storing (unless --yes), then store. Nothing is written when the user does not confirm.
 */
final class ImportFlow {

    /** What a preview says, whatever is imported. */
    record Preview(String summary, List<ImportIssue> issues, long toWrite) {
    }

    private ImportFlow() {
    }

    /** Returns the exit code; {@code commit} stores the previewed rows and returns the line to print. */
    static int run(Cli root, PrintWriter out, boolean yes, Preview preview, Supplier<String> commit) {
        I18n i18n = root.i18n();
        root.tertib().requireWritable();
        out.println(preview.summary());
        printIssues(out, i18n, preview.issues());
        if (preview.toWrite() == 0) {
            out.println(i18n.get("cli.import.nothing"));
            return preview.issues().isEmpty() ? Cli.OK : Cli.FAILED;
        }
        if (!yes && !root.confirm(out, i18n.get("cli.import.confirm", preview.toWrite()))) {
            out.println(i18n.get("cli.import.cancelled"));
            return Cli.CANCELLED;
        }
        out.println(commit.get());
        return Cli.OK;
    }

    /** Each rejected row with where and why ("baris 14, kolom NIP: ..."); nothing when there is none. */
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
