package id.tertib.cli;

import id.tertib.app.I18n;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Option values shared by the reporting commands: ISO dates and the csv/json output choice. */
final class Formats {

    /** What a report is printed as. */
    enum Output { CSV, JSON }

    private Formats() {
    }

    /** "2026-01-31"; anything else is a usage error (exit 2) that says what to write. */
    static LocalDate date(CommandSpec spec, I18n i18n, String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), i18n.get("cli.badDate", option, text));
        }
    }

    static Output output(CommandSpec spec, I18n i18n, String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> Output.CSV;
            case "json" -> Output.JSON;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), i18n.get("cli.badReportFormat", text));
        };
    }

    /** The period, refused at once when it ends before it starts. */
    static LocalDate[] period(CommandSpec spec, I18n i18n, String from, String to) {
        LocalDate start = date(spec, i18n, "--from", from);
        LocalDate end = date(spec, i18n, "--to", to);
        if (end.isBefore(start)) {
            throw new CommandLine.ParameterException(spec.commandLine(), i18n.get("cli.badPeriod", from, to));
        }
        return new LocalDate[] {start, end};
    }
}
