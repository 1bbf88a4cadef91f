package dev.careeragent.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code career-agent} subcommands in the test's JVM, collecting standard output and errors together. */
final class CommandRun {

    private final StringWriter out = new StringWriter();

    int run(String... args) {
        CommandLine cli = CareerAgentCommand.withEveryCommand(new CareerAgentCommand((folder, measure) -> {
            throw new AssertionError("the desktop must not start for a subcommand");
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    String output() {
        return out.toString();
    }
}
