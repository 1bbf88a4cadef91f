package dev.careeragent.app;

import dev.careeragent.core.guard.FileLocks;
import dev.careeragent.core.guard.LoopbackTicket;
import dev.careeragent.core.guard.OwnerOnly;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running app per data folder. The first instance holds a file lock and listens on a loopback port;
 * a second launch finds the lock taken, asks the first to come to the front, and exits, so the
 * database is never opened twice. A random token keeps other local programs from poking it.
 */
public final class SingleInstance implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    private static final String ACTIVATE = "activate";
    /** The activation line is a 32-character token and a word; anything longer is not one. */
    private static final int MAX_LINE = 128;
    /** After a valid activation line, files to open ("Open with"): one path per line. */
    private static final int MAX_FILES = 16;
    private static final int MAX_PATH_LINE = 4_096;
    private static final long READ_BUDGET_MILLIS = 2_000;
    private static final int MAX_CONNECTIONS = 16;

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final Path portFile;

    private SingleInstance(FileChannel channel, FileLock lock, ServerSocket server, Path portFile) {
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.portFile = portFile;
    }

    /**
     * Becomes the running instance, or returns empty after asking the running one to show itself.
     *
     * @param onActivate run (on a background thread) whenever a later launch asks this instance to show itself
     */
    public static Optional<SingleInstance> acquire(Path lockFile, Path portFile, Runnable onActivate) throws IOException {
        return acquire(lockFile, portFile, List.of(), files -> onActivate.run());
    }

    /**
     * As {@link #acquire(Path, Path, Runnable)}, and a later launch hands over the files it was opened with.
     *
     * @param files the files this launch was opened with, passed to the running instance when there is one
     * @param onActivate run (on a background thread) with the files a later launch was opened with (maybe none)
     */
    public static Optional<SingleInstance> acquire(Path lockFile, Path portFile, List<Path> files,
                                                   Consumer<List<Path>> onActivate) throws IOException {
        Files.createDirectories(lockFile.getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        OwnerOnly.restrict(lockFile);
        FileLock lock = FileLocks.tryLock(channel);
        if (lock == null) {
            channel.close();
            signalRunningInstance(portFile, files);
            return Optional.empty();
        }
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        String token = LoopbackTicket.publish(portFile, server.getLocalPort()).token();
        SingleInstance instance = new SingleInstance(channel, lock, server, portFile);
        Thread listener = new Thread(() -> instance.listen(token, onActivate), "career-agent-single-instance");
        listener.setDaemon(true);
        listener.start();
        return Optional.of(instance);
    }

    /**
     * Accepts connections and reads each on its own thread, so a slow or endless sender holds up no one: a line
     * is at most {@value #MAX_LINE} bytes and must arrive within {@link #READ_BUDGET_MILLIS} ms.
     */
    private void listen(String token, Consumer<List<Path>> onActivate) {
        byte[] expected = (token + " " + ACTIVATE).getBytes(StandardCharsets.UTF_8);
        ExecutorService readers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "career-agent-single-instance-reader");
            t.setDaemon(true);
            return t;
        });
        Semaphore slots = new Semaphore(MAX_CONNECTIONS);
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (!slots.tryAcquire()) {
                    client.close();
                    continue;
                }
                readers.execute(() -> {
                    try (client) {
                        long deadline = System.nanoTime() + READ_BUDGET_MILLIS * 1_000_000L;
                        if (MessageDigest.isEqual(expected, readLine(client, deadline, MAX_LINE))) {
                            LOG.info("Another launch asked this window to come to the front");
                            onActivate.accept(filesFrom(client, deadline));
                        }
                    } catch (IOException e) {
                        LOG.debug("Single-instance listener: {}", e.getMessage());
                    } finally {
                        slots.release();
                    }
                });
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.debug("Single-instance listener: {}", e.getMessage());
                }
            }
        }
        readers.shutdownNow();
    }

    /** The paths on the lines after the activation line, until the end, the limits or the deadline. */
    private static List<Path> filesFrom(Socket client, long deadline) throws IOException {
        List<Path> files = new ArrayList<>();
        while (files.size() < MAX_FILES) {
            byte[] line = readLine(client, deadline, MAX_PATH_LINE);
            if (line.length == 0) {
                break;
            }
            try {
                files.add(Path.of(new String(line, StandardCharsets.UTF_8)));
            } catch (InvalidPathException e) {
                LOG.debug("Not a path from another launch: {}", e.getMessage());
            }
        }
        return files;
    }

    /** The next line, or nothing when the limit or deadline came first (which then cannot match the token). */
    private static byte[] readLine(Socket client, long deadline, int maxLength) throws IOException {
        InputStream in = client.getInputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (line.size() <= maxLength) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return new byte[0];
            }
            client.setSoTimeout((int) left);
            int b;
            try {
                b = in.read();
            } catch (SocketTimeoutException e) {
                return new byte[0];
            }
            if (b < 0 || b == '\n') {
                return line.toByteArray();
            }
            line.write(b);
        }
        return new byte[0];
    }

    private static void signalRunningInstance(Path portFile, List<Path> files) throws IOException {
        LoopbackTicket ticket = LoopbackTicket.read(portFile)
                .orElseThrow(() -> new IOException("The running instance's port file cannot be read: " + portFile));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), ticket.port());
             Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)) {
            out.write(ticket.token() + " " + ACTIVATE + "\n");
            for (Path file : files.subList(0, Math.min(files.size(), MAX_FILES))) {
                out.write(file.toAbsolutePath() + "\n");
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(portFile);
        lock.release();
        channel.close();
    }
}
