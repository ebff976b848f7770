package id.tertib.cli;

import id.tertib.app.DemoService;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;

/** One run of the command line in the test's process: its exit code and what it printed. */
record Run(int exit, String out, String err) {

    /** Runs {@code args} at {@code clock}, with {@code stdin} as what the user types and the demo password set. */
    static Run of(Clock clock, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, clock, new PrintWriter(out), new PrintWriter(err),
                new BufferedReader(new StringReader(stdin)), Map.of("TERTIB_PASSWORD", DemoService.DEMO_PASSWORD));
        return new Run(exit, out.toString(), err.toString());
    }
}
