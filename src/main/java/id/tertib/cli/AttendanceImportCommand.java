package id.tertib.cli;

import id.tertib.app.AppException;
import id.tertib.app.I18n;
import id.tertib.app.ImportIssue;
import id.tertib.app.ImportProgress;
import id.tertib.app.PunchImport;
import id.tertib.app.PunchPreview;
import id.tertib.domain.Problem;
import id.tertib.domain.attendance.PersonKey;
import id.tertib.domain.attendance.PunchMapping;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code attendance import FILE}: a fingerprint machine's export. Prints what the file holds (read, new, duplicates,
 * rejected with reasons, scans outside the windows), asks, then stores. A CSV/XLSX file is read with a saved mapping
 * ({@code --mapping NAME}) or with columns named here, which {@code --save-mapping NAME} keeps for next time.
 * {@code --units CODE,CODE} sets the units the machine serves (remembered under the serial in a ZKTeco file name or
 * {@code --machine NAME}); the preview names them and the TK their people not in the file get.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class AttendanceImportCommand implements Callable<Integer> {

    /** Scans outside the windows printed before "and N more". */
    static final int OUTSIDE_SHOWN = 20;

    @ParentCommand
    AttendanceCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.punchFile")
    Path file;

    @Option(names = "--format", paramLabel = "attlog|csv|xlsx", descriptionKey = "cli.help.punchFormat")
    String format;

    @Option(names = "--mapping", paramLabel = "NAME", descriptionKey = "cli.help.mapping")
    String mapping;

    @Option(names = "--pin-column", paramLabel = "HEADER", descriptionKey = "cli.help.pinColumn")
    String pinColumn;

    @Option(names = "--nip-column", paramLabel = "HEADER", descriptionKey = "cli.help.nipColumn")
    String nipColumn;

    @Option(names = "--datetime-column", paramLabel = "HEADER", descriptionKey = "cli.help.dateTimeColumn")
    String dateTimeColumn;

    @Option(names = "--date-column", paramLabel = "HEADER", descriptionKey = "cli.help.dateColumn")
    String dateColumn;

    @Option(names = "--time-column", paramLabel = "HEADER", descriptionKey = "cli.help.timeColumn")
    String timeColumn;

    @Option(names = "--save-mapping", paramLabel = "NAME", descriptionKey = "cli.help.saveMapping")
    String saveMapping;

    @Option(names = "--machine", paramLabel = "NAME", descriptionKey = "cli.help.machine")
    String machine;

    @Option(names = "--units", paramLabel = "CODE", split = ",", descriptionKey = "cli.help.units")
    java.util.List<String> units;

    @Option(names = "--yes", descriptionKey = "cli.help.yes")
    boolean yes;

    @Override
    public Integer call() {
        Cli root = parent.root;
        I18n i18n = root.i18n();
        PrintWriter out = spec.commandLine().getOut();
        PunchImport imports = root.tertib().punchImport();
        PunchImport.Format chosen = format(file, format);
        PunchMapping columns = chosen == PunchImport.Format.ATTLOG ? null : mapping(imports);
        PunchPreview p = imports.preview(file, chosen, columns, new PunchImport.Machine(machine, units),
                ImportProgress.NONE);
        if (!p.blocking().isEmpty()) {
            // A file whose every line was rejected still says why, line by line, before the refusal (issue 13).
            ImportFlow.printIssues(out, i18n, p.rejected());
            out.flush();
            throw new AppException(p.blocking(), null);
        }
        printOutside(out, i18n, p);
        String summary = i18n.get("cli.punch.preview", p.read(), p.newPunches(), p.duplicates(), p.rejectedCount(),
                p.people(), i18n.date(p.from()), i18n.date(p.to())) + System.lineSeparator()
                + p.scope().describe(i18n)
                + (p.scope().origin() == PunchPreview.Origin.GIVEN ? "" : System.lineSeparator()
                        + i18n.get("cli.punch.scopeHint"));
        return ImportFlow.run(root, out, yes, new ImportFlow.Preview(summary, p.rejected(), p.payloadSize()), () -> {
            PunchImport.Result r = imports.commit(p, ImportProgress.NONE);
            String done = i18n.get("cli.punch.done", r.read(), r.stored(), r.duplicates(), r.rejected(),
                    r.daysWritten(), r.derivedTk());
            if (columns != null && saveMapping != null) { // kept only once the import is stored (issue 13)
                imports.saveMapping(saveMapping, columns);
                done += System.lineSeparator() + i18n.get("cli.punch.mappingSaved", saveMapping.trim());
            }
            return done;
        });
    }

    static PunchImport.Format format(Path file, String given) {
        if (given == null) {
            return PunchImport.Format.of(file);
        }
        try {
            return PunchImport.Format.valueOf(given.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AppException(Problem.of("format", "cli.punch.badFormat", given));
        }
    }

    private PunchMapping mapping(PunchImport imports) {
        if (mapping != null) {
            return imports.mapping(mapping.trim())
                    .orElseThrow(() -> new AppException(Problem.of("mapping", "cli.punch.noSuchMapping", mapping,
                            String.join(", ", imports.mappingNames()))));
        }
        if ((pinColumn == null) == (nipColumn == null)
                || (dateTimeColumn == null) == (dateColumn == null && timeColumn == null)
                || (dateTimeColumn == null && (dateColumn == null || timeColumn == null))) {
            throw new AppException(Problem.of("mapping", "cli.punch.mappingNeeded"));
        }
        PersonKey key = pinColumn != null ? PersonKey.PIN : PersonKey.NIP;
        String person = pinColumn != null ? pinColumn : nipColumn;
        return dateTimeColumn != null ? PunchMapping.dateTime(key, person, dateTimeColumn)
                : PunchMapping.dateAndTime(key, person, dateColumn, timeColumn);
    }

    private static void printOutside(PrintWriter out, I18n i18n, PunchPreview p) {
        if (p.outsideCount() == 0) {
            return;
        }
        out.println(i18n.get("cli.punch.outside", p.outsideCount()));
        for (ImportIssue issue : p.outside().stream().limit(OUTSIDE_SHOWN).toList()) {
            out.println("  " + i18n.get("import.where.row", issue.row()) + ": " + i18n.text(issue.problem()));
        }
        if (p.outsideCount() > OUTSIDE_SHOWN) {
            out.println("  " + i18n.get("cli.punch.more", p.outsideCount() - OUTSIDE_SHOWN));
        }
    }
}
