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
import java.util.Map;
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
        subcommands = {InitCommand.class, DemoCommand.class, UnitsCommand.class, EmployeesCommand.class,
            UsersCommand.class, AuditCommand.class, CalendarCommand.class, AttendanceCommand.class, TravelCommand.class,
            FairnessCommand.class, NotesCommand.class, DisciplineCommand.class, DossierCommand.class, BackupCommand.class,
            RestoreCommand.class})
public final class Cli implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int CANCELLED = 3;

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "cli.help.db")
    Path db;

    @Option(names = "--lang", paramLabel = "id|en", descriptionKey = "cli.help.lang")
    String lang;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cli.help.user")
    String user;

    /** Where the password comes from when no one can be asked (scripts, CI). */
    static final String PASSWORD_VARIABLE = "TERTIB_PASSWORD";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;
    private final BufferedReader in;
    private Tertib tertib;
    private I18n i18n;

    private final Map<String, String> env;

    public Cli(Clock clock, BufferedReader in, Map<String, String> env) {
        this.clock = clock;
        this.in = in;
        this.env = env;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, Clock clock, PrintWriter out, PrintWriter err, BufferedReader in) {
        return run(args, clock, out, err, in, System.getenv());
    }

    /** Runs the command line with the given environment (for {@value #PASSWORD_VARIABLE}) and returns the exit code. */
    public static int run(String[] args, Clock clock, PrintWriter out, PrintWriter err, BufferedReader in,
            Map<String, String> env) {
        Cli cli = new Cli(clock, in, env);
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
        Cli probe = new Cli(Clock.systemDefaultZone(), null, Map.of());
        CommandLine cl = new CommandLine(probe);
        try {
            CommandLine.ParseResult parsed = cl.parseArgs(args);
            if (parsed.hasSubcommand() || parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
                return null;
            }
            return new GuiRequest(probe.db, probe.lang, probe.user);
        } catch (CommandLine.ParameterException e) {
            return null;
        }
    }

    /** What the GUI was asked for on the command line. */
    public record GuiRequest(Path db, String lang, String user) {
    }

    /** Reached only from {@link #run} without a command (the launcher opens the GUI instead). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return OK;
    }

    /** The database, with the --user signed in: a database with accounts refuses anyone else. */
    Tertib tertib() {
        Tertib opened = opened();
        if (opened.auth().current().isEmpty() && opened.auth().hasAccounts()) {
            if (user == null) {
                throw AppException.of("cli.signInRequired", PASSWORD_VARIABLE);
            }
            opened.auth().signIn(user, secret(PASSWORD_VARIABLE, "cli.passwordPrompt"));
        }
        return opened;
    }

    /** The database before anyone signs in (for init, and for the language setting). */
    Tertib opened() {
        if (tertib == null) {
            tertib = Tertib.open(databaseFile(), clock);
        }
        return tertib;
    }

    /**
     * A password: from the environment variable when set (scripts), else asked without echo on a console, else
     * read as one line from standard input (a pipe). Never an option, so it stays out of the shell history.
     */
    String secret(String variable, String promptKey) {
        String fromEnv = env.get(variable);
        if (fromEnv != null) {
            return fromEnv;
        }
        java.io.Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s ", i18n().get(promptKey));
            return typed == null ? "" : new String(typed);
        }
        try {
            String line = in == null ? null : in.readLine();
            return line == null ? "" : line;
        } catch (java.io.IOException e) {
            return "";
        }
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
                    locale = opened().settings().language();
                } catch (AppException e) {
                    // The database cannot be opened, so neither can its language setting; still report why.
                }
            }
            i18n = new I18n(locale);
        }
        return i18n;
    }

    /** The id of the unit with {@code code} (any case) among the units the signed-in person sees; null for null. */
    Long unitId(java.util.List<id.tertib.domain.Unit> units, String code) {
        if (code == null) {
            return null;
        }
        return units.stream().filter(u -> u.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> AppException.of("cli.unknownUnit", code)).id();
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
