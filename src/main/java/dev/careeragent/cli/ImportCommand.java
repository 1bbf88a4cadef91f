package dev.careeragent.cli;

import dev.careeragent.tracker.exchange.ThirdPartyCsv;
import dev.careeragent.tracker.exchange.TrackerExchange;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code career-agent import FILE --from huntr|teal|jobsync|careeragent}. */
@Command(name = "import", description = "Import applications from Huntr, Teal or JobSync CSV, or a Career Agent JSON export.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand CareerAgentCommand root;
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--from", required = true, description = "huntr, teal, jobsync or careeragent") String from;

    @Override
    public Integer call() {
        return AppCommand.run(root, spec, (context, out) -> {
            TrackerExchange.ImportReport report = "careeragent".equalsIgnoreCase(from) ? context.exchange().importJson(file)
                    : context.exchange().importCsv(file, ThirdPartyCsv.named(from).orElseThrow(() -> new IllegalArgumentException(
                            "Unknown source \"" + from + "\"; use huntr, teal, jobsync or careeragent.")));
            out.printf("Imported %d application(s), %d job(s), %d interview(s), %d offer(s), %d contact(s)%n",
                    report.applications(), report.jobs(), report.interviews(), report.offers(), report.contacts());
        });
    }
}
