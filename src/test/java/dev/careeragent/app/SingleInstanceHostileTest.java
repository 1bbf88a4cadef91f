package dev.careeragent.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Other local programs can reach the listener; none of them can exhaust it or delay a real activation. */
class SingleInstanceHostileTest {

    @TempDir
    Path dir;

    private final CountDownLatch activated = new CountDownLatch(1);
    private SingleInstance instance;
    private int port;

    @BeforeEach
    void running() throws Exception {
        instance = SingleInstance.acquire(dir.resolve("instance.lock"), dir.resolve("instance.port"), activated::countDown)
                .orElseThrow();
        port = Integer.parseInt(Files.readString(dir.resolve("instance.port")).split(" ")[0]);
    }

    @AfterEach
    void stop() throws Exception {
        instance.close();
    }

    @Test
    void twoGigabytesWithoutANewlineAreCutOffAndARealActivationStillWorks() throws Exception {
        long[] sent = {0};
        Throwable stopped = catchThrowable(() -> {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                OutputStream out = socket.getOutputStream();
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'x');
                while (sent[0] < 2L * 1024 * 1024 * 1024) {
                    out.write(chunk);
                    sent[0] += chunk.length;
                }
            }
        });
        assertThat(stopped).as("the listener hangs up instead of buffering").isInstanceOf(IOException.class);
        assertThat(sent[0]).as("bytes the sender got out before the hang-up").isLessThan(64L * 1024 * 1024);

        assertThat(SingleInstance.acquire(dir.resolve("instance.lock"), dir.resolve("instance.port"), () -> { })).isEmpty();
        assertThat(activated.await(5, TimeUnit.SECONDS)).as("a real activation after the flood").isTrue();
    }

    @Test
    void slowByteSendersDoNotDelayARealActivation() throws Exception {
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.getOutputStream().write('a');
            slow.add(socket);
        }
        try {
            long start = System.nanoTime();
            Optional<SingleInstance> second = SingleInstance.acquire(dir.resolve("instance.lock"), dir.resolve("instance.port"),
                    () -> { });
            assertThat(second).isEmpty();
            assertThat(activated.await(1500, TimeUnit.MILLISECONDS))
                    .as("activated while four connections trickle bytes (%d ms)", (System.nanoTime() - start) / 1_000_000)
                    .isTrue();
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aWrongTokenDoesNothingAndThePortFileIsOwnerOnly() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream().write("0000 activate\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(activated.await(500, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("instance.port"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("instance.lock"))))
                .isEqualTo("rw-------");
    }
}
