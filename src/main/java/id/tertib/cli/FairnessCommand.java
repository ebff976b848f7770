package id.tertib.cli;

import id.tertib.app.FairnessService;
import id.tertib.app.I18n;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tertib fairness --from DATE --to DATE [--unit CODE] [--format csv|json]}: one row per person with
 * {@code nip,name,trips,days,allowance,share,expected_trips,p_value,flag,reason} and a summary with
 * {@code people,trips,gini,top20_share}; the reason in the chosen language.
 */
@Command(name = "fairness", mixinStandardHelpOptions = true)
final class FairnessCommand implements Callable<Integer> {

    @ParentCommand
    Cli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DATE", descriptionKey = "cli.help.from")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", descriptionKey = "cli.help.to")
    String to;

    @Option(names = "--unit", paramLabel = "CODE", descriptionKey = "cli.help.fairnessUnit")
    String unitCode;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv", descriptionKey = "cli.help.reportFormat")
    String format;

    @Override
    public Integer call() {
        I18n i18n = root.i18n();
        LocalDate[] period = Formats.period(spec, i18n, from, to);
        Formats.Output output = Formats.output(spec, i18n, format);
        Long unitId = root.unitId(root.tertib().units().list(), unitCode);
        FairnessService fairness = root.tertib().fairness();
        FairnessService.Report report = fairness.analyse(FairnessService.Query.of(period[0], period[1], unitId),
                i18n.locale());
        PrintWriter out = spec.commandLine().getOut();
        if (output == Formats.Output.JSON) {
            fairness.writeJson(report, out);
        } else {
            fairness.writeCsv(report, out);
        }
        out.flush();
        return Cli.OK;
    }
}
