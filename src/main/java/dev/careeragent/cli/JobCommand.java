package dev.careeragent.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.PageJobs;
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

/**
 * {@code career-agent job parse FILE|URL [--json]}: reads a job page or a search-results / board page (a saved file
 * or an address, fetched politely) and prints every job on it; JSON is {@code {"listing": .., "postings": [..]}}.
 */
@Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent job parse saved-job.html", "  career-agent job parse https://boards.greenhouse.io/acme/jobs/123 --json"},
        name = "job", description = "Job pages.", subcommands = JobCommand.Parse.class)
final class JobCommand {

    @ParentCommand
    CareerAgentCommand root;

    @Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent job parse saved-job.html", "  career-agent job parse https://boards.greenhouse.io/acme/jobs/123 --json"},
        name = "parse", description = "Read the jobs on a saved HTML file or a web address and print them.")
    static final class Parse implements Callable<Integer> {
        @ParentCommand JobCommand job;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE|URL", description = "A saved job or search page (.html) or its web address.")
        String page;
        @Option(names = "--json", description = "Print the postings as JSON.") boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                PageJobs jobs = job.root.openPageReader().read(page);
                out.println(json ? PostingJson.write(json(jobs)) : summary(jobs));
                out.flush();
                return 0;
            } catch (JobPageParseException | FetchException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }

        private static ObjectNode json(PageJobs jobs) {
            ObjectNode root = PostingJson.MAPPER.createObjectNode();
            root.put("listing", jobs.listing());
            ArrayNode postings = root.putArray("postings");
            for (JobPosting p : jobs.postings()) {
                ObjectNode node = PostingJson.of(p, List.of());
                node.put("closed", jobs.closed());
                PostingSkillsJson.add(node, p);
                postings.add(node);
            }
            return root;
        }

        private static String summary(PageJobs jobs) {
            if (jobs.listing()) {
                StringBuilder out = new StringBuilder(jobs.postings().size() + " jobs on this page:");
                for (JobPosting p : jobs.postings()) {
                    out.append(System.lineSeparator()).append("- ").append(p.title()).append(" | ")
                            .append(p.company() == null ? "-" : p.company()).append(" | ")
                            .append(p.location() == null ? "-" : p.location()).append(" | ").append(orDash(p.url()));
                }
                return out.toString();
            }
            JobPosting p = jobs.postings().get(0);
            String text = p.descriptionText() == null ? "" : p.descriptionText();
            return String.join(System.lineSeparator(), "Title:    " + p.title() + (jobs.closed() ? "  (CLOSED)" : ""),
                    "Company:  " + orDash(p.company()), "Location: " + place(p),
                    "Type:     " + orDash(p.employmentType()), "Salary:   " + orDash(p.salaryText()),
                    "Source:   " + p.source() + (p.url() == null ? "" : " " + p.url()), "",
                    text.length() > 600 ? text.substring(0, 600) + "…" : text);
        }

        /** The place as a person writes it: "Berlin, remote"; a value the page does not give is a dash. */
        private static String place(JobPosting p) {
            String mode = switch (p.remote()) {
                case REMOTE -> "remote";
                case HYBRID -> "hybrid";
                case ON_SITE -> "on-site";
                case UNKNOWN -> null;
            };
            if (p.location() == null || p.location().isBlank()) {
                return mode == null ? "-" : mode;
            }
            return mode == null ? p.location() : p.location() + ", " + mode;
        }

        private static String orDash(String value) {
            return value == null || value.isBlank() ? "-" : value;
        }
    }
}
