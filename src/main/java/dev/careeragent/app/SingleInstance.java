package dev.careeragent.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
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
        Files.createDirectories(lockFile.getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            signalRunningInstance(portFile);
            return Optional.empty();
        }
        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Files.writeString(portFile, server.getLocalPort() + " " + token);
        SingleInstance instance = new SingleInstance(channel, lock, server, portFile);
        Thread listener = new Thread(() -> instance.listen(token, onActivate), "career-agent-single-instance");
        listener.setDaemon(true);
        listener.start();
        return Optional.of(instance);
    }

    private void listen(String token, Runnable onActivate) {
        while (!server.isClosed()) {
            try (Socket client = server.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
                client.setSoTimeout(2000);
                if ((token + " " + ACTIVATE).equals(in.readLine())) {
                    LOG.info("Another launch asked this window to come to the front");
                    onActivate.run();
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.debug("Single-instance listener: {}", e.getMessage());
                }
            }
        }
    }

    private static void signalRunningInstance(Path portFile) throws IOException {
        String[] portAndToken = Files.readString(portFile).trim().split(" ", 2);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(portAndToken[0]));
             Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)) {
            out.write(portAndToken[1] + " " + ACTIVATE + "\n");
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
