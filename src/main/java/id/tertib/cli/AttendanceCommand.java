package id.tertib.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Attendance: machine imports. */
@Command(name = "attendance", mixinStandardHelpOptions = true, subcommands = {AttendanceImportCommand.class})
final class AttendanceCommand {

    @ParentCommand
    Cli root;
}
