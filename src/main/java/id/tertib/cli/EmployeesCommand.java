package id.tertib.cli;

import id.tertib.app.AppException;
import id.tertib.app.EmployeeExport;
import id.tertib.app.EmployeeFilter;
import id.tertib.app.EmployeeImport;
import id.tertib.app.I18n;
import id.tertib.app.ImportAction;
import id.tertib.domain.Employee;
import id.tertib.domain.Unit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "employees", mixinStandardHelpOptions = true,
        subcommands = {EmployeesCommand.Import.class, EmployeesCommand.ListEmployees.class})
final class EmployeesCommand {

    @ParentCommand
    Cli root;

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        EmployeesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", descriptionKey = "cli.help.employeeFile")
        Path file;

        @Option(names = "--yes", descriptionKey = "cli.help.yes")
        boolean yes;

        @Override
        public Integer call() {
            Cli root = parent.root;
            I18n i18n = root.i18n();
            EmployeeImport.Preview preview = root.tertib().employeeImport().preview(file);
            String summary = i18n.get("cli.import.employeePreview", preview.count(ImportAction.INSERT),
                    preview.count(ImportAction.UPDATE), preview.count(ImportAction.UNCHANGED));
            long toWrite = preview.lines().size() - preview.count(ImportAction.UNCHANGED);
            return ImportFlow.run(root, spec.commandLine().getOut(), yes,
                    new ImportFlow.Preview(summary, preview.issues(), toWrite), () -> {
                        EmployeeImport.Summary done = root.tertib().employeeImport().commit(preview);
                        return i18n.get("cli.import.employeesDone", done.inserted(), done.updated());
                    });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListEmployees implements Callable<Integer> {
        @ParentCommand
        EmployeesCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--unit", paramLabel = "CODE", descriptionKey = "cli.help.unit")
        String unitCode;

        @Option(names = "--format", paramLabel = "csv|table", descriptionKey = "cli.help.format")
        String format = "table";

        @Option(names = "--inactive", descriptionKey = "cli.help.inactive")
        boolean inactive;

        @Override
        public Integer call() {
            Cli root = parent.root;
            if (!format.equals("csv") && !format.equals("table")) {
                throw AppException.of("cli.badFormat", format);
            }
            List<Unit> units = root.tertib().units().list();
            Long unitId = root.unitId(units, unitCode);
            List<Employee> employees = root.tertib().employees().list(new EmployeeFilter(unitId, null, "", inactive));
            PrintWriter out = spec.commandLine().getOut();
            if (format.equals("csv")) {
                EmployeeExport.csv(employees, units, out);
            } else {
                printTable(out, root.i18n(), employees, units);
            }
            return Cli.OK;
        }

        private static void printTable(PrintWriter out, I18n i18n, List<Employee> employees, List<Unit> units) {
            Map<Long, String> codes = units.stream().collect(Collectors.toMap(Unit::id, Unit::code));
            String format = "%-21s %-40s %-5s %-6s %-10s %s%n";
            out.printf(format, i18n.get("employee.nip"), i18n.get("employee.name"), i18n.get("employee.status"),
                    i18n.get("employee.golongan"), i18n.get("employee.unit"), i18n.get("employee.positionName"));
            for (Employee e : employees) {
                out.printf(format, e.numberGrouped(), cut(e.name().full(), 40), e.status().name(),
                        e.golongan() == null ? "" : e.golongan().code(), codes.getOrDefault(e.unitId(), ""),
                        e.positionName());
            }
            out.println(i18n.get("cli.employeeCount", employees.size()));
        }

        private static String cut(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max - 1) + "…";
        }
    }
}
