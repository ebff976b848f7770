package id.tertib.cli;

import id.tertib.app.AppException;
import id.tertib.app.DataLocation;
import id.tertib.app.I18n;
import id.tertib.app.Tertib;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code tertib [--db PATH] [--lang id|en] <command> ...}. Global options come before
 * the command. Exit 0 on success, 1 with a one-line reason on error, 2 on a usage error, 3 when the user
 * did not confirm (nothing written).
 */
@Command(name = "tertib", mixinStandardHelpOptions = true, version = "Tertib 0.1.0",
        subcommands = {DemoCommand.class, UnitsCommand.class, EmployeesCommand.class, BackupCommand.class,
            RestoreCommand.class})
public final class Cli implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int CANCELLED = 3;

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "cli.help.db")
    Path db;

    @Option(names = "--lang", paramLabel = "id|en", descriptionKey = "cli.help.lang")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;
    private final BufferedReader in;
    private Tertib tertib;
    private I18n i18n;

    public Cli(Clock clock, BufferedReader in) {
        this.clock = clock;
        this.in = in;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, Clock clock, PrintWriter out, PrintWriter err, BufferedReader in) {
        Cli cli = new Cli(clock, in);
        CommandLine cl = new CommandLine(cli);
        // Help texts come from the message bundles; before the database is open, --lang or Indonesian decides.
        cl.setResourceBundle(new I18n(helpLocale(args)).bundle());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            Cli root = line.getCommandSpec().root().commandLine().getCommand();
            if (ex instanceof AppException app) {
                err.println(root.i18n().get("cli.error", app.problems().stream()
                        .map(p -> root.i18n().text(p)).reduce((a, b) -> a + "; " + b).orElse("")));
                return FAILED;
            }
            err.println(root.i18n().get("cli.unexpected", ex.getClass().getSimpleName(), String.valueOf(ex.getMessage())));
            return FAILED;
        });
        int code;
        try {
            code = cl.execute(args);
        } finally {
            cli.close();
        }
        out.flush();
        err.flush();
        return code;
    }

    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return run(args, Clock.systemDefaultZone(), out, err, in);
    }

    private static Locale helpLocale(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) {
                return Locale.forLanguageTag(args[i].substring("--lang=".length()));
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Locale.forLanguageTag(args[i + 1]);
            }
        }
        return I18n.INDONESIAN;
    }

    /** True when the arguments name no command: start the GUI. Returns the --db path via {@code dbOut}. */
    public static GuiRequest guiRequest(String[] args) {
        Cli probe = new Cli(Clock.systemDefaultZone(), null);
        CommandLine cl = new CommandLine(probe);
        try {
            CommandLine.ParseResult parsed = cl.parseArgs(args);
            if (parsed.hasSubcommand() || parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
                return null;
            }
            return new GuiRequest(probe.db, probe.lang);
        } catch (CommandLine.ParameterException e) {
            return null;
        }
    }

    /** What the GUI was asked for on the command line. */
    public record GuiRequest(Path db, String lang) {
    }

    /** Reached only from {@link #run} without a command (the launcher opens the GUI instead). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return OK;
    }

    Tertib tertib() {
        if (tertib == null) {
            tertib = Tertib.open(databaseFile(), clock);
        }
        return tertib;
    }

    Path databaseFile() {
        return (db != null ? db : DataLocation.defaultDatabase()).toAbsolutePath();
    }

    Clock clock() {
        return clock;
    }

    /** Releases the database's write lock when the command is done. */
    private void close() {
        if (tertib != null) {
            tertib.close();
        }
    }

    I18n i18n() {
        if (i18n == null) {
            Locale locale = I18n.INDONESIAN;
            if (lang != null) {
                locale = Locale.forLanguageTag(lang);
            } else {
                try {
                    locale = tertib().settings().language();
                } catch (AppException e) {
                    // The database cannot be opened, so neither can its language setting; still report why.
                }
            }
            i18n = new I18n(locale);
        }
        return i18n;
    }

    /** Asks "proceed?" on standard input; no answer (end of input) means no. */
    boolean confirm(PrintWriter out, String question) {
        out.print(question + " ");
        out.flush();
        try {
            String answer = in == null ? null : in.readLine();
            return answer != null && answer.trim().toLowerCase(Locale.ROOT).matches("y|ya|yes");
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
