package dev.careeragent.cli;

import dev.careeragent.ai.LlmSettings;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.diagnostics.Check;
import dev.careeragent.diagnostics.Doctor;
import dev.careeragent.sources.settings.SourceSettings;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code career-agent doctor}: checks the data folder, database, secrets' key, browser and LLM endpoint. Exit 1 if anything failed. */
@Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent doctor", "  career-agent --data-dir /tmp/trial doctor"},
        name = "doctor", description = "Check the data folder, database, secrets' key, browser and LLM endpoint; say how to fix problems.")
final class DoctorCommand implements Callable<Integer> {

    @ParentCommand
    CareerAgentCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var folder = root.dataFolder();
        SettingsStore settings = new SettingsStore(folder.settingsFile());
        List<Check> checks = new Doctor(folder, settings.get(SourceSettings.BROWSER_PATH), settings.get(LlmSettings.KEY),
                Clock.systemDefaultZone()).run();
        PrintWriter out = spec.commandLine().getOut();
        for (Check check : checks) {
            out.printf("%-8s %-12s %s%n", "[" + check.status() + "]", check.name(), check.detail());
            if (!check.fix().isEmpty()) {
                out.printf("%-21s -> %s%n", "", check.fix());
            }
        }
        boolean failed = checks.stream().anyMatch(c -> c.status() == Check.Status.FAILED);
        out.println(failed ? "Some checks failed; see the suggestions above." : "All essential checks passed.");
        out.flush();
        return failed ? 1 : 0;
    }
}
