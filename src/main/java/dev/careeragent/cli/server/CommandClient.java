package dev.careeragent.cli.server;

import dev.careeragent.core.DataFolder;
import dev.careeragent.core.guard.FileLocks;
import dev.careeragent.core.guard.LoopbackTicket;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.Charset;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalInt;

/** The launcher's side: hands a command line to the folder's warm server and relays what the command writes. */
final class CommandClient {

    private static final int CONNECT_MILLIS = 500;

    private CommandClient() {
    }

    /**
     * Runs {@code command} on its folder's server, writing its output to {@code out} and {@code err}; returns its
     * exit code, or empty when no server of this build answered and nothing was written.
     */
    static OptionalInt run(ServedCommandLine command, String build, OutputStream out, OutputStream err) {
        Optional<LoopbackTicket> ticket = LoopbackTicket.read(ServedCommandLine.ticketOf(command.folder()));
        if (ticket.isEmpty() || !serverRunning(command.folder())) {
            return OptionalInt.empty();
        }
        boolean wrote = false;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), ticket.get().port()), CONNECT_MILLIS);
            DataOutputStream request = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            new Frames.Request(ticket.get().token(), build, command.folder().root().toString(),
                    Charset.defaultCharset().name(), command.args()).write(request);
            DataInputStream answer = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            while (true) {
                byte kind = answer.readByte();
                if (kind == Frames.EXIT) {
                    return OptionalInt.of(answer.readInt());
                }
                if (kind == Frames.STALE) {
                    return OptionalInt.empty();
                }
                byte[] bytes = answer.readNBytes(answer.readInt());
                relay(bytes, kind == Frames.ERR ? err : out);
                wrote = true;
            }
        } catch (IOException e) {
            return wrote ? stopped(err) : OptionalInt.empty();
        }
    }

    /**
     * Writes what the command wrote. Output that cannot be written (a reader such as {@code head} that has closed the
     * pipe) is dropped and the command goes on, as the command's own print writer does in a JVM of its own.
     */
    private static void relay(byte[] bytes, OutputStream target) {
        try {
            target.write(bytes);
            target.flush();
        } catch (IOException closedByTheReader) {
            // dropped, as PrintWriter drops it
        }
    }

    /**
     * Whether a server holds the folder's lock: a ticket left by a server that was killed names a port another
     * program may have taken since, which must not be sent the request.
     */
    static boolean serverRunning(DataFolder folder) {
        try (FileChannel lockFile = FileChannel.open(ServedCommandLine.lockOf(folder), StandardOpenOption.WRITE);
             FileLock free = FileLocks.tryLock(lockFile)) {
            return free == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The server ended mid-command after writing something the user saw: say so rather than run it twice. */
    private static OptionalInt stopped(OutputStream err) {
        try {
            err.write("The command stopped before it finished (its background process ended). Run it again."
                    .concat(System.lineSeparator()).getBytes(Charset.defaultCharset()));
            err.flush();
        } catch (IOException ignored) {
            // standard error itself is gone: the exit code still says what happened
        }
        return OptionalInt.of(1);
    }
}
