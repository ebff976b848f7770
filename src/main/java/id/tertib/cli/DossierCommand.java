package id.tertib.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tertib dossier --case ID --out FILE.pdf}: the case file as PDF, in the chosen language. */
@Command(name = "dossier", mixinStandardHelpOptions = true)
final class DossierCommand implements Callable<Integer> {

    @ParentCommand
    Cli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "ID", descriptionKey = "cli.help.dossierCase")
    long caseId;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "cli.help.dossierOut")
    Path out;

    @Option(names = "--force", descriptionKey = "cli.help.force")
    boolean force;

    @Override
    public Integer call() {
        root.tertib().outputs().require(out, force);
        root.tertib().discipline().exportDossier(caseId, out, root.i18n().locale());
        spec.commandLine().getOut().println(root.i18n().get("cli.dossierWritten", caseId, out.toAbsolutePath()));
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }
}
