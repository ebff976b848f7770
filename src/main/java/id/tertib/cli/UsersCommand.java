package id.tertib.cli;

import id.tertib.app.AppException;
import id.tertib.app.I18n;
import id.tertib.domain.Role;
import id.tertib.domain.Unit;
import id.tertib.domain.UserAccount;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Accounts, for administrators. */
@Command(name = "users", mixinStandardHelpOptions = true,
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.Add.class, UsersCommand.ResetPassword.class})
final class UsersCommand {

    /** The new password of {@code users add} and {@code users reset-password} in scripts. */
    static final String NEW_PASSWORD_VARIABLE = "TERTIB_NEW_PASSWORD";

    @ParentCommand
    Cli root;

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Cli root = parent.root;
            I18n i18n = root.i18n();
            List<UserAccount> users = root.tertib().users().list();
            Map<Long, String> codes = root.tertib().units().list().stream()
                    .collect(Collectors.toMap(Unit::id, Unit::code));
            PrintWriter out = spec.commandLine().getOut();
            for (UserAccount u : users) {
                out.printf("%-16s %-16s %-10s %s%s%n", u.name(), i18n.label(u.role()),
                        u.unitId() == null ? "" : codes.getOrDefault(u.unitId(), ""), u.fullName(),
                        u.active() ? "" : " (" + i18n.get("user.inactive") + ")");
            }
            return Cli.OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", descriptionKey = "cli.help.userName")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", descriptionKey = "cli.help.role")
        String role;

        @Option(names = "--unit", paramLabel = "CODE", descriptionKey = "cli.help.userUnit")
        String unitCode;

        @Option(names = "--full-name", paramLabel = "TEXT", descriptionKey = "cli.help.fullName")
        String fullName;

        @Override
        public Integer call() {
            Cli root = parent.root;
            Role chosen = parseRole(role);
            Long unitId = root.unitId(root.tertib().units().list(), unitCode);
            String password = root.secret(NEW_PASSWORD_VARIABLE, "cli.newPasswordPrompt");
            UserAccount created = root.tertib().users().create(name, fullName, chosen, unitId, password);
            spec.commandLine().getOut().println(root.i18n().get("cli.userAdded", created.name(),
                    root.i18n().label(created.role())));
            return Cli.OK;
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true)
    static final class ResetPassword implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", descriptionKey = "cli.help.userName")
        String name;

        @Override
        public Integer call() {
            Cli root = parent.root;
            UserAccount user = root.tertib().users().list().stream()
                    .filter(u -> u.name().equals(UserAccount.normalizeName(name))).findFirst()
                    .orElseThrow(() -> AppException.of("user.notFound"));
            root.tertib().users().resetPassword(user.id(), root.secret(NEW_PASSWORD_VARIABLE, "cli.newPasswordPrompt"));
            spec.commandLine().getOut().println(root.i18n().get("cli.passwordReset", user.name()));
            return Cli.OK;
        }
    }

    /** ADMINISTRATOR, HR_OFFICER, SECTION_HEAD, VIEWER, or the short forms admin, hr, kasi, viewer. */
    static Role parseRole(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (t) {
            case "ADMIN" -> Role.ADMINISTRATOR;
            case "HR" -> Role.HR_OFFICER;
            case "KASI" -> Role.SECTION_HEAD;
            default -> {
                for (Role r : Role.values()) {
                    if (r.name().equals(t)) {
                        yield r;
                    }
                }
                throw AppException.of("cli.badRole", text);
            }
        };
    }
}
