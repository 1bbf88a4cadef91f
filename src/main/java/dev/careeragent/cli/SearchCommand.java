package dev.careeragent.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careeragent.context.AppContext;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.JobStoreException;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.normalize.EmploymentType;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.search.SearchListener;
import dev.careeragent.sources.search.SearchRunResult;
import dev.careeragent.sources.search.SourceOutcome;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code career-agent search --source linkedin --keywords "java developer" --location Berlin --limit 50 --json}:
 * searches the sources, stores what it finds (deduplicated) and prints the postings.
 */
@Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent search --keywords \"java developer\" --location Berlin", "  career-agent search --source remoteok,remotive --keywords python --remote remote --limit 20 --json"},
        name = "search", description = "Search job sources, store the results and print them.")
final class SearchCommand implements Callable<Integer> {

    @ParentCommand CareerAgentCommand root;
    @Spec CommandSpec spec;

    @Option(names = "--source", split = ",", paramLabel = "ID", description = "Sources to search (repeat or comma-separate): "
            + "linkedin, indeed, glassdoor, greenhouse, lever, ashby, remoteok, remotive, arbeitnow, hackernews. "
            + "Default: the sources enabled in Settings.")
    List<String> sources = new ArrayList<>();
    @Option(names = "--keywords", paramLabel = "TEXT", description = "What to look for, e.g. \"java developer\".")
    String keywords = "";
    @Option(names = "--location", paramLabel = "PLACE") String location;
    @Option(names = "--radius", paramLabel = "KM", description = "Distance around the location in km.") Integer radiusKm;
    @Option(names = "--remote", split = ",", paramLabel = "MODE", description = "remote, hybrid or on-site (repeatable).")
    List<String> remote = new ArrayList<>();
    @Option(names = "--posted-within", paramLabel = "DAYS") Integer postedWithinDays;
    @Option(names = "--type", split = ",", paramLabel = "TYPE", description = "full-time, part-time, contract, internship, ...")
    List<String> types = new ArrayList<>();
    @Option(names = "--limit", paramLabel = "N", description = "Most jobs per source (default: ${DEFAULT-VALUE}).")
    int limit = 50;
    @Option(names = "--json", description = "Print the result as JSON.") boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SearchCriteria criteria;
        try {
            criteria = new SearchCriteria(keywords, location, radiusKm, parse(RemoteMode.class, remote, "--remote"),
                    postedWithinDays, parse(EmploymentType.class, types, "--type"), limit);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        try (AppContext context = root.openContext()) {
            SearchRunResult result = context.jobSearch().run(criteria, sources, SearchListener.NONE, () -> false);
            if (json) {
                out.println(PostingJson.write(json(context, result)));
            } else {
                text(context, result, out);
            }
            out.flush();
            return result.outcomes().stream().anyMatch(o -> o.status() == SourceOutcome.Status.SUCCEEDED
                    || o.status() == SourceOutcome.Status.PARTIAL) ? 0 : 1;
        } catch (JobStoreException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    private static ObjectNode json(AppContext context, SearchRunResult result) {
        ObjectNode root = PostingJson.MAPPER.createObjectNode();
        root.put("found", result.found()).put("new", result.newCount()).put("duplicates", result.duplicates());
        root.set("sources", PostingJson.MAPPER.valueToTree(result.outcomes()));
        ArrayNode postings = root.putArray("postings");
        for (long id : result.foundPostingIds()) {
            JobPosting posting = context.postings().find(id).orElseThrow();
            postings.add(PostingJson.of(posting, context.postings().links(id)));
        }
        return root;
    }

    private static void text(AppContext context, SearchRunResult result, PrintWriter out) {
        for (SourceOutcome o : result.outcomes()) {
            out.printf("%-11s %-9s found %d, new %d, duplicates %d%s%n", o.sourceId(), o.status(), o.found(),
                    o.newCount(), o.duplicates(), o.message() == null ? "" : "  " + o.message());
        }
        for (long id : result.foundPostingIds()) {
            JobPosting p = context.postings().find(id).orElseThrow();
            out.printf("  %s | %s | %s | %s%n", p.title(), p.company() == null ? "-" : p.company(),
                    p.location() == null ? "-" : p.location(), p.url());
        }
        out.println(result.summary());
    }

    private static <E extends Enum<E>> Set<E> parse(Class<E> type, List<String> names, String option) {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : names) {
            String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            try {
                values.add(Enum.valueOf(type, key));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown " + option + " value \"" + name + "\". Use one of: "
                        + String.join(", ", EnumSet.allOf(type).stream()
                                .map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()) + ".");
            }
        }
        return values;
    }
}
