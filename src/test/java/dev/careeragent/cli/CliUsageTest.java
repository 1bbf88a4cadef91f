package dev.careeragent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command answers --help with examples; wrong usage prints the usage and exits 2; quick commands open no database. */
class CliUsageTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static final CareerAgentCommand.DesktopStarter NO_DESKTOP = (folder, measure) -> {
        throw new AssertionError("the desktop must not start for a subcommand");
    };

    private static CommandLine cli() {
        return CareerAgentCommand.withEveryCommand(new CareerAgentCommand(NO_DESKTOP));
    }

    /** Runs {@code args} as the launcher does: only the command they name is built. */
    private int run(String... args) {
        return run(CareerAgentCommand.commandLine(NO_DESKTOP, args), out, err, args);
    }

    private static int run(CommandLine cli, StringWriter out, StringWriter err, String... args) {
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** Every command path, e.g. ["resume", "parse"], found by walking the real command tree. */
    static Stream<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        collect(cli(), new ArrayList<>(), all);
        return all.stream();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> all) {
        all.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, all);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandAnswersHelpWithExamples(List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        assertThat(run(args.toArray(String[]::new))).as(String.join(" ", args)).isZero();
        assertThat(out.toString()).contains("Usage: career-agent", "Examples:", "  career-agent");
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void anUnknownOptionPrintsTheUsageAndExitsTwo(List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--no-such-option");
        assertThat(run(args.toArray(String[]::new))).as(String.join(" ", args)).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: career-agent")
                .containsAnyOf("Unknown option: '--no-such-option'", "Missing required", "requires at least");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void theLaunchersCommandLineGivesTheSameHelpAndErrorsAsTheFullTree(List<String> path) {
        for (String last : List.of("--help", "--no-such-option")) {
            List<String> args = new ArrayList<>(path);
            args.add(last);
            String[] given = args.toArray(String[]::new);
            StringWriter fullOut = new StringWriter();
            StringWriter fullErr = new StringWriter();
            int full = run(cli(), fullOut, fullErr, given);

            assertThat(run(given)).as(String.join(" ", args)).isEqualTo(full);
            assertThat(out.toString()).isEqualTo(fullOut.toString());
            assertThat(err.toString()).isEqualTo(fullErr.toString());
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
        }
    }

    @Test
    void theRootHelpListsEveryCommandThoughNoneIsBuilt() {
        assertThat(run("--help")).isZero();

        for (Class<?> type : TopLevelCommands.ALL) {
            String name = type.getAnnotation(CommandLine.Command.class).name();
            assertThat(out.toString()).containsPattern("(?m)^  " + name + " +[A-Z]");
        }
    }

    @Test
    void helpForACommandBuildsThatCommand() {
        assertThat(run("help", "job")).isZero();
        assertThat(out.toString()).contains("Usage: career-agent job", "parse", "Examples:");
    }

    @Test
    void aGroupWithoutItsSubcommandPrintsTheUsageAndExitsTwo() {
        assertThat(run("resume")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required subcommand", "Usage: career-agent resume", "parse");
    }

    @Test
    void jobParseReadsAFileWithoutOpeningTheDatabase() throws Exception {
        Path page = dir.resolve("job.html");
        Files.writeString(page, "<html><head><title>Backend Engineer - Acme</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"Backend Engineer\","
                + "\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"Acme\"},"
                + "\"description\":\"<p>Java and SQL, 3 years.</p>\",\"jobLocation\":{\"@type\":\"Place\","
                + "\"address\":{\"addressLocality\":\"Berlin\"}}}</script></head><body></body></html>");
        Path data = dir.resolve("data");

        assertThat(run("--data-dir", data.toString(), "job", "parse", page.toString())).as(err.toString()).isZero();

        assertThat(out.toString()).contains("Backend Engineer", "Acme", "Berlin");
        assertThat(data.resolve("career-agent.db")).as("job parse stores nothing").doesNotExist();
    }
}
