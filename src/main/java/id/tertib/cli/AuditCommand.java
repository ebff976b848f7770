package id.tertib.cli;

import id.tertib.app.AuditService;
import id.tertib.app.I18n;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The audit trail: verify the hash chain, list recent changes. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        subcommands = {AuditCommand.Verify.class, AuditCommand.ListChanges.class})
final class AuditCommand {

    /** Exit code when the chain is broken: the check ran, and found tampering. */
    static final int BROKEN = 4;

    @ParentCommand
    Cli root;

    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        AuditCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Cli root = parent.root;
            AuditService.Verification v = root.tertib().audit().verify();
            PrintWriter out = spec.commandLine().getOut();
            if (v.intact()) {
                out.println(root.i18n().get("audit.intact", v.entries()));
                return Cli.OK;
            }
            var problem = v.problem().orElseThrow();
            out.println(root.i18n().get("audit.broken." + problem.kind().name(), problem.entryId()));
            return BROKEN;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListChanges implements Callable<Integer> {
        @ParentCommand
        AuditCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cli.help.auditUser")
        String actor;

        @Option(names = "--entity", paramLabel = "employee|unit|user", descriptionKey = "cli.help.auditEntity")
        String entity;

        @Option(names = "--limit", paramLabel = "N", descriptionKey = "cli.help.limit")
        int limit = 50;

        @Override
        public Integer call() {
            Cli root = parent.root;
            I18n i18n = root.i18n();
            List<AuditService.Change> changes = root.tertib().audit()
                    .list(new AuditService.Filter(actor, entity, null, null));
            PrintWriter out = spec.commandLine().getOut();
            for (AuditService.Change c : changes.subList(0, Math.min(limit, changes.size()))) {
                out.printf("%6d  %s  %-10s %-8s %-9s %s%s%n", c.id(), i18n.dateTime(c.at()), c.actor(),
                        i18n.label(c.action()), c.entity(), c.label(),
                        c.reason() == null ? "" : "  — " + c.reason());
                if (!c.changedFields().isEmpty() && c.action() == id.tertib.domain.AuditAction.UPDATE) {
                    for (String f : c.changedFields()) {
                        out.printf("          %s: %s → %s%n", f, c.before().getOrDefault(f, ""),
                                c.after().getOrDefault(f, ""));
                    }
                }
            }
            return Cli.OK;
        }
    }
}
