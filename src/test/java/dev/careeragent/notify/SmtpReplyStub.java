package dev.careeragent.notify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback SMTP server that answers AUTH and RCPT with the replies a test gives (multi-line ones too, as real
 * servers send them) and counts the messages it accepted. One connection at a time, plain text.
 */
final class SmtpReplyStub implements AutoCloseable {

    private final ServerSocket server;
    private final String authReply;
    private final String rcptReply;
    private final AtomicInteger accepted = new AtomicInteger();

    SmtpReplyStub(String authReply, String rcptReply) throws IOException {
        this.server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        this.authReply = authReply;
        this.rcptReply = rcptReply;
        Thread loop = new Thread(this::serve, "smtp-reply-stub");
        loop.setDaemon(true);
        loop.start();
    }

    int port() {
        return server.getLocalPort();
    }

    int accepted() {
        return accepted.get();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                talk(client);
            } catch (IOException closed) {
                // the test closed the stub, or the client hung up
            }
        }
    }

    private void talk(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        say(out, "220 stub.local ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase();
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                say(out, "250-stub.local\r\n250-AUTH PLAIN LOGIN\r\n250 OK");
            } else if (command.startsWith("AUTH")) {
                if (line.trim().split(" ").length < 3) {
                    say(out, "334 ");
                    in.readLine();
                }
                say(out, authReply);
            } else if (command.startsWith("RCPT")) {
                say(out, rcptReply);
            } else if (command.startsWith("DATA")) {
                say(out, "354 go ahead");
                for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                    // the message body
                }
                accepted.incrementAndGet();
                say(out, "250 queued");
            } else if (command.startsWith("QUIT")) {
                say(out, "221 bye");
                return;
            } else {
                say(out, "250 OK");
            }
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
