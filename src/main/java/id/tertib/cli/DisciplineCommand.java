package id.tertib.cli;

import id.tertib.app.DisciplineRow;
import id.tertib.app.DisciplineService;
import id.tertib.app.I18n;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tertib discipline --year YYYY [--unit CODE] [--format csv|json] [--all]}: one row per person with
 * {@code nip,name,tk_days,late_minutes,early_minutes,converted_days,total_days,max_consecutive,level,punishment,
 * rule_set}; only people with unexcused days or a run unless {@code --all}. HR officers and administrators only.
 */
@Command(name = "discipline", mixinStandardHelpOptions = true)
final class DisciplineCommand implements Callable<Integer> {

    @ParentCommand
    Cli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "cli.help.disciplineYear")
    int year;

    @Option(names = "--unit", paramLabel = "CODE", descriptionKey = "cli.help.fairnessUnit")
    String unitCode;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv", descriptionKey = "cli.help.reportFormat")
    String format;

    @Option(names = "--all", descriptionKey = "cli.help.disciplineAll")
    boolean all;

    @Override
    public Integer call() {
        I18n i18n = root.i18n();
        if (year < 2000 || year > 2100) {
            throw new ParameterException(spec.commandLine(), i18n.get("cli.disciplineYear", year));
        }
        Formats.Output output = Formats.output(spec, i18n, format);
        Long unitId = root.unitId(root.tertib().units().list(), unitCode);
        DisciplineService discipline = root.tertib().discipline();
        List<DisciplineRow> rows = discipline.assess(new DisciplineService.Query(year, unitId, all));
        PrintWriter out = spec.commandLine().getOut();
        if (output == Formats.Output.JSON) {
            discipline.writeJson(rows, i18n.locale(), out);
        } else {
            discipline.writeCsv(rows, i18n.locale(), out);
        }
        out.flush();
        return Cli.OK;
    }
}
