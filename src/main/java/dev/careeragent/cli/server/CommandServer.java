package dev.careeragent.cli.server;

import dev.careeragent.cli.CareerAgentCommand;
import dev.careeragent.core.DataFolder;
import dev.careeragent.core.guard.FileLocks;
import dev.careeragent.core.guard.LoopbackTicket;
import dev.careeragent.core.guard.OwnerOnly;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * A warm JVM that runs the launcher's quick commands (see {@link ServedCommandLine}) for one data folder, one at a
 * time, so a repeated {@code job parse} costs a small client's start instead of a whole app's. It listens on a
 * loopback port whose ticket (port and token) is in the owner-only data folder, ends after {@link #IDLE} without a
 * request, and at once when a launcher of another build calls. One per folder (a lock file beside the ticket).
 */
public final class CommandServer {

    static final Duration IDLE = Duration.ofMinutes(10);
    /** A caller has this long to send its request: a silent connection holds up the next command no longer. */
    private static final int REQUEST_MILLIS = 2_000;
    private static final CareerAgentCommand.DesktopStarter NO_DESKTOP = (folder, measure) -> {
        throw new IllegalStateException("the command server runs commands only");
    };

    private final DataFolder folder;
    private final String build;
    private final Duration idle;

    CommandServer(DataFolder folder, String build, Duration idle) {
        this.folder = folder;
        this.build = build;
        this.idle = idle;
    }

    /** {@code CommandServer FOLDER}: serves FOLDER until idle. */
    public static void main(String[] args) throws IOException {
        new CommandServer(new DataFolder(Path.of(args[0])), Frames.build(), IDLE).serve();
        System.exit(0);
    }

    /** Serves until idle or asked by another build; returns at once when another server has the folder. */
    void serve() throws IOException {
        Path lockPath = ServedCommandLine.lockOf(folder);
        Path ticketPath = ServedCommandLine.ticketOf(folder);
        try (FileChannel lockFile = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = FileLocks.tryLock(lockFile)) {
            if (lock == null) {
                return;
            }
            OwnerOnly.restrict(lockPath);
            try (ServerSocket server = new ServerSocket()) {
                server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                server.setSoTimeout((int) idle.toMillis());
                byte[] token = LoopbackTicket.publish(ticketPath, server.getLocalPort()).token()
                        .getBytes(StandardCharsets.UTF_8);
                while (answer(server.accept(), token)) {
                    // one command at a time, until a caller of another build
                }
            } catch (SocketTimeoutException idleLongEnough) {
                // nobody called for IDLE: end
            } finally {
                Files.deleteIfExists(ticketPath);
            }
        }
    }

    /** Runs one request; false when it came from another build (this server then ends). */
    private boolean answer(Socket client, byte[] token) {
        try (client) {
            client.setSoTimeout(REQUEST_MILLIS);
            Frames.Request request = Frames.Request.read(new DataInputStream(client.getInputStream()));
            if (!MessageDigest.isEqual(token, request.token().getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
            client.setSoTimeout(0);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(client.getOutputStream()));
            if (!build.equals(request.build()) || !folder.root().toString().equals(request.folder())) {
                out.writeByte(Frames.STALE);
                out.flush();
                return false;
            }
            int exit = run(request, out);
            synchronized (out) {
                out.writeByte(Frames.EXIT);
                out.writeInt(exit);
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(CommandServer.class).debug("A command request failed: {}", e.toString());
        }
        return true;
    }

    /** The command as the launcher runs it, its output (and anything on System.out or System.err) sent back. */
    private static int run(Frames.Request request, DataOutputStream frames) {
        Charset charset = Charset.forName(request.charset());
        PrintStream out = new PrintStream(new Frames.Sink(frames, Frames.OUT), true, charset);
        PrintStream err = new PrintStream(new Frames.Sink(frames, Frames.ERR), true, charset);
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        System.setOut(out);
        System.setErr(err);
        try {
            String[] args = request.args().toArray(String[]::new);
            CommandLine command = CareerAgentCommand.commandLine(NO_DESKTOP, args);
            command.setOut(new PrintWriter(new OutputStreamWriter(out, charset), true));
            command.setErr(new PrintWriter(new OutputStreamWriter(err, charset), true));
            return command.execute(args);
        } finally {
            out.flush();
            err.flush();
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
    }
}
