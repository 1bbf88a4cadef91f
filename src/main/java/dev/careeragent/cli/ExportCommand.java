package dev.careeragent.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code career-agent export --format csv|json --out FILE}. */
@Command(name = "export", description = "Export jobs and applications (JSON: everything; CSV: FILE plus FILE-jobs.csv).")
final class ExportCommand implements Callable<Integer> {

    enum Format { csv, json }

    @ParentCommand CareerAgentCommand root;
    @Spec CommandSpec spec;
    @Option(names = "--format", required = true, description = "csv or json") Format format;
    @Option(names = "--out", required = true, paramLabel = "FILE") Path out;

    @Override
    public Integer call() {
        return AppCommand.run(root, spec, (context, print) -> {
            if (format == Format.json) {
                context.exchange().exportJson(out);
            } else {
                context.exchange().exportCsv(out);
            }
            print.println("Exported to " + out);
        });
    }
}
