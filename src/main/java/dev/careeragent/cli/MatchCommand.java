package dev.careeragent.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.careeragent.context.FileMatching;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.match.AvoidList;
import dev.careeragent.match.MatchEngine;
import dev.careeragent.match.MatchPreferences;
import dev.careeragent.match.MatchProfile;
import dev.careeragent.match.MatchResult;
import dev.careeragent.match.MatchWeights;
import dev.careeragent.match.PostingFeatures;
import dev.careeragent.match.ResumeFeatures;
import dev.careeragent.resume.ResumeService;
import dev.careeragent.resume.read.ResumeImportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code career-agent match}: scores every resume against every job file and prints the reasons. */
@Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent match --resume cv.pdf --job job1.txt --job job2.html", "  career-agent match --resume cv.docx --job job.pdf --target-role \"Data Engineer\" --json"},
        name = "match", description = "Score resumes against job descriptions (text, PDF, DOCX or saved web pages) and say why.")
final class MatchCommand implements Callable<Integer> {

    @ParentCommand
    CareerAgentCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--resume", required = true, paramLabel = "FILE", description = "A resume (PDF, DOCX, TXT, JSON Resume). Repeatable.")
    List<Path> resumes;

    @Option(names = "--job", required = true, paramLabel = "FILE", description = "A job description file. Repeatable.")
    List<Path> jobs;

    @Option(names = "--target-role", paramLabel = "ROLE", description = "A role you want (default: your latest job titles). Repeatable.")
    List<String> targetRoles = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    /** One resume x job pair in the output. */
    record Pair(String resume, String job, String jobTitle, double score, MatchResult result) {
    }

    @Override
    public Integer call() throws Exception {
        try {
            return run(spec.commandLine().getOut());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
    }

    private int run(PrintWriter out) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (FileMatching matching = FileMatching.open(root.dataFolder())) {
            List<JobPosting> postings = new ArrayList<>();
            Instant now = Instant.now();
            for (Path job : jobs) { // found today, as a stored posting is on the day it arrives: same recency, same score
                postings.add(matching.jobFiles().read(job).toBuilder().firstSeen(now).build());
            }
            Map<Path, MatchProfile> profiles = new LinkedHashMap<>();
            List<String> roles = targetRoles.isEmpty() ? matching.preferences().targetRoles() : targetRoles;
            for (Path file : resumes) {
                profiles.put(file, matching.resumeProfiles().from(parse(matching, file), roles,
                        file.getFileName().toString(), LocalDate.now()));
            }
            MatchEngine engine = matching.engine();
            Map<Long, PostingFeatures> features = new LinkedHashMap<>();
            for (int i = 0; i < postings.size(); i++) {
                features.put((long) i, engine.analyze(postings.get(i)));
            }
            engine.index(features);
            for (Map.Entry<Path, MatchProfile> e : profiles.entrySet()) {
                ResumeFeatures resume = engine.prepare(e.getValue());
                MatchPreferences preferences = MatchPreferences.from(matching.preferences());
                AvoidList avoid = AvoidList.of(preferences);
                List<MatchResult> results = engine.scoreAll(features.keySet(), resume, preferences,
                        MatchWeights.from(matching.preferences().weights()), LocalDate.now().toEpochDay());
                for (MatchResult scored : results) {
                    MatchResult r = avoid.apply(scored, postings.get((int) scored.postingId()));
                    pairs.add(new Pair(e.getKey().toString(), jobs.get((int) r.postingId()).toString(), r.title(), r.score(), r));
                }
            }
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(pairs));
        } else {
            pairs.forEach(p -> printText(out, p));
        }
        out.flush();
        return 0;
    }

    private static dev.careeragent.resume.model.Resume parse(FileMatching matching, Path file) throws IOException {
        try {
            return matching.resumeParser().parse(ResumeService.readFile(file), file.getFileName().toString()).resume();
        } catch (ResumeImportException e) {
            throw new IllegalArgumentException("The resume " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    private static void printText(PrintWriter out, Pair p) {
        out.printf("%3d  %s  x  %s (%s)%n", p.result().badge(), p.resume(), p.job(), p.jobTitle());
        p.result().explanation().points().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.printf("       %-12s %5.1f points%n", e.getKey().name().toLowerCase(java.util.Locale.ROOT), e.getValue()));
        if (!p.result().explanation().matchedSkills().isEmpty()) {
            out.println("       Matched: " + String.join(", ", p.result().explanation().matchedSkills()));
        }
        p.result().explanation().reasons().forEach(r -> out.println("       - " + r));
        out.println();
    }
}
