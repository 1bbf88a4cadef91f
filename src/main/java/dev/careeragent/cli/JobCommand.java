package dev.careeragent.cli;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.fetch.FetchException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code career-agent job parse FILE|URL [--json]}: reads one job page (a saved file or an address, fetched politely). */
@Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent job parse saved-job.html", "  career-agent job parse https://boards.greenhouse.io/acme/jobs/123 --json"},
        name = "job", description = "Single job pages.", subcommands = JobCommand.Parse.class)
final class JobCommand {

    @ParentCommand
    CareerAgentCommand root;

    @Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent job parse saved-job.html", "  career-agent job parse https://boards.greenhouse.io/acme/jobs/123 --json"},
        name = "parse", description = "Read a job from a saved HTML file or a web address and print it.")
    static final class Parse implements Callable<Integer> {
        @ParentCommand JobCommand job;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE|URL", description = "A saved job page (.html) or the job's web address.")
        String page;
        @Option(names = "--json", description = "Print the posting as JSON.") boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                JobPosting posting = job.root.openPageReader().parse(page);
                out.println(json ? PostingJson.write(PostingJson.of(posting, List.of())) : summary(posting));
                out.flush();
                return 0;
            } catch (JobPageParseException | FetchException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }

        private static String summary(JobPosting p) {
            String text = p.descriptionText() == null ? "" : p.descriptionText();
            return String.join(System.lineSeparator(), "Title:    " + p.title(), "Company:  " + p.company(),
                    "Location: " + p.location() + " (" + p.remote() + ")", "Type:     " + p.employmentType(),
                    "Salary:   " + (p.salaryText() == null ? "-" : p.salaryText()), "Source:   " + p.source() + " " + p.url(),
                    "", text.length() > 600 ? text.substring(0, 600) + "…" : text);
        }
    }
}
