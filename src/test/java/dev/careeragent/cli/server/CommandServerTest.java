package dev.careeragent.cli.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.core.DataFolder;
import dev.careeragent.core.guard.LoopbackTicket;
import dev.careeragent.testing.Eventually;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import dev.careeragent.cli.CareerAgentCommand;

/**
 * The warm command server in this JVM, called by the launcher's client over its loopback ticket: the same output
 * and exit code as the command run in-process, nothing for a caller without the token or of another build.
 */
class CommandServerTest {

    private static final String BUILD = "this build";

    @TempDir
    Path dir;

    private DataFolder folder;
    private Path page;
    private CompletableFuture<Void> serving;

    @BeforeEach
    void aServerForAFolder() throws Exception {
        folder = new DataFolder(dir.resolve("data"));
        Files.createDirectories(folder.root());
        page = dir.resolve("job.html");
        Files.writeString(page, "<html><head><title>Backend Engineer - Acme</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"Backend Engineer\","
                + "\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"Acme\"},"
                + "\"jobLocation\":{\"@type\":\"Place\",\"address\":{\"addressLocality\":\"Berlin\"}},"
                + "\"description\":\"<p>Java and SQL.</p>\"}</script></head><body></body></html>");
        serving = start(Duration.ofSeconds(60));
    }

    @AfterEach
    void endTheServer() throws Exception {
        call("another build", "job", "parse", page.toString());
        serving.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aServedCommandWritesAndExitsAsTheCommandRunInProcess() throws Exception {
        Served served = call(BUILD, "job", "parse", page.toString());
        Served missing = call(BUILD, "job", "parse", dir.resolve("missing.html").toString());

        assertThat(served.exit()).hasValue(0);
        assertThat(served.out()).contains("Backend Engineer").contains("Acme").isEqualTo(inProcess("job", "parse",
                page.toString()));
        assertThat(missing.exit()).hasValue(1);
        assertThat(missing.err()).isNotBlank().isEqualTo(inProcessErrors("job", "parse", dir.resolve("missing.html")
                .toString()));
    }

    @Test
    void outputTheReaderNoLongerTakesIsDroppedAndTheCommandStillEndsWithItsCode() {
        java.io.OutputStream closedPipe = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("Broken pipe");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        OptionalInt exit = CommandClient.run(new ServedCommandLine(folder, List.of(withDataDir("job", "parse",
                page.toString()))), BUILD, closedPipe, err);

        assertThat(exit).hasValue(0);
        assertThat(err.toString(Charset.defaultCharset())).as("no word of a stopped command").isEmpty();
    }

    @Test
    void aCallerWithoutTheTokenIsIgnoredAndASilentOneHoldsUpNobodyForLong() throws Exception {
        LoopbackTicket ticket = LoopbackTicket.read(ServedCommandLine.ticketOf(folder)).orElseThrow();
        try (Socket silent = new Socket(InetAddress.getLoopbackAddress(), ticket.port());
             Socket stranger = new Socket(InetAddress.getLoopbackAddress(), ticket.port())) {
            new Frames.Request("not the token", BUILD, folder.root().toString(), "UTF-8",
                    List.of("job", "parse", page.toString())).write(new DataOutputStream(stranger.getOutputStream()));

            assertThat(stranger.getInputStream().read()).as("the stranger gets nothing").isEqualTo(-1);
            assertThat(call(BUILD, "job", "parse", page.toString()).exit()).as("the next caller is served").hasValue(0);
        }
    }

    @Test
    void aCallerOfAnotherBuildEndsTheServerWhichTakesItsTicketAway() throws Exception {
        Served stale = call("another build", "job", "parse", page.toString());

        assertThat(stale.exit()).as("the caller runs the command itself").isEmpty();
        serving.get(10, TimeUnit.SECONDS);
        assertThat(ServedCommandLine.ticketOf(folder)).doesNotExist();
        assertThat(call(BUILD, "job", "parse", page.toString()).exit()).as("no server any more").isEmpty();
        serving = start(Duration.ofSeconds(60));
    }

    @Test
    void theTicketIsTheOwnersOnlyAndASecondServerForTheFolderLeavesAtOnce() throws Exception {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ServedCommandLine.ticketOf(folder))))
                    .isEqualTo("rw-------");
        }
        CompletableFuture<Void> second = CompletableFuture.runAsync(this::serveQuietly);

        second.get(10, TimeUnit.SECONDS);
        assertThat(call(BUILD, "job", "parse", page.toString()).exit()).as("the first still serves").hasValue(0);
    }

    @Test
    void aTicketLeftByAServerThatWasKilledIsNotFollowed() throws Exception {
        LoopbackTicket ticket = LoopbackTicket.read(ServedCommandLine.ticketOf(folder)).orElseThrow();
        call("another build", "job", "parse", page.toString());
        serving.get(10, TimeUnit.SECONDS);
        try (java.net.ServerSocket squatter = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            LoopbackTicket.publish(ServedCommandLine.ticketOf(folder), squatter.getLocalPort());
            squatter.setSoTimeout(1_000);

            assertThat(CompletableFuture.supplyAsync(() -> call(BUILD, "job", "parse", page.toString()))
                    .get(10, TimeUnit.SECONDS).exit()).isEmpty();
            assertThatThrownBy(squatter::accept).as("the request never went to the port's new owner")
                    .isInstanceOf(java.net.SocketTimeoutException.class);
        }
        Files.delete(ServedCommandLine.ticketOf(folder));
        serving = start(Duration.ofSeconds(60));
        assertThat(ticket.token()).isNotEqualTo(LoopbackTicket.read(ServedCommandLine.ticketOf(folder)).orElseThrow().token());
    }

    @Test
    void anIdleServerEnds() throws Exception {
        call("another build", "job", "parse", page.toString());
        serving.get(10, TimeUnit.SECONDS);
        serving = start(Duration.ofMillis(300));

        serving.get(10, TimeUnit.SECONDS);
        assertThat(ServedCommandLine.ticketOf(folder)).doesNotExist();
        serving = start(Duration.ofSeconds(60));
    }

    private CompletableFuture<Void> start(Duration idle) {
        Path ticket = ServedCommandLine.ticketOf(folder);
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> serveQuietly(idle));
        Eventually.waitUntil("the server published its ticket", Duration.ofSeconds(20), () -> Files.exists(ticket)
                && LoopbackTicket.read(ticket).isPresent());
        return run;
    }

    private void serveQuietly() {
        serveQuietly(Duration.ofSeconds(60));
    }

    private void serveQuietly(Duration idle) {
        try {
            new CommandServer(folder, BUILD, idle).serve();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Served call(String build, String... args) {
        ServedCommandLine command = new ServedCommandLine(folder, List.of(withDataDir(args)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OptionalInt exit = CommandClient.run(command, build, out, err);
        return new Served(exit, out.toString(Charset.defaultCharset()), err.toString(Charset.defaultCharset()));
    }

    private String inProcess(String... args) {
        return runInProcess(true, args);
    }

    private String inProcessErrors(String... args) {
        return runInProcess(false, args);
    }

    private String runInProcess(boolean standardOutput, String... args) {
        String[] all = withDataDir(args);
        CommandLine line = CareerAgentCommand.commandLine((f, m) -> 1, all);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.execute(all);
        return (standardOutput ? out : err).toString();
    }

    private String[] withDataDir(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = folder.root().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    private record Served(OptionalInt exit, String out, String err) {
    }
}
