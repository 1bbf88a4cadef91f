package dev.careeragent.notify;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Turns what went wrong talking to a mail server into a sentence a non-programmer can act on. */
final class SmtpProblems {

    private SmtpProblems() {
    }

    /** @param secrets the user name and password, hidden wherever the server's reply repeats them */
    static String explain(Throwable error, String host, int port, Collection<String> secrets) {
        Throwable root = error;
        String all = "";
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            all += " " + t.getClass().getSimpleName() + " " + t.getMessage();
        }
        String text = all.toLowerCase(Locale.ROOT);
        String reply = ServerReply.oneLine(root.getMessage(), secrets);
        String detail = " (the server said: " + (reply.isEmpty() ? root.getClass().getSimpleName() : reply) + ")";
        if (root instanceof UnknownHostException) {
            return "The mail server \"" + host + "\" could not be found. Check the server name and your internet connection.";
        }
        if (root instanceof ConnectException) {
            return "Nothing answered at " + host + ":" + port + ". Check the server name and port, and that a firewall does not block it" + detail + ".";
        }
        if (root instanceof SocketTimeoutException || text.contains("timed out")) {
            return "The mail server " + host + ":" + port + " did not answer in time. Check the port and the security setting" + detail + ".";
        }
        if (text.contains("authenticationfailed") || text.contains(" 535") || text.contains("authentication")) {
            return "The mail server " + host + ":" + port + " refused the user name or password. Check both; some providers (e.g. Gmail) need an app password" + detail + ".";
        }
        if (root instanceof SSLException || text.contains("ssl") || text.contains("starttls") || text.contains("tls")) {
            return "The secure connection to " + host + ":" + port + " failed. Usually port 465 goes with SSL and 587 with STARTTLS" + detail + ".";
        }
        if (text.contains("relay") || text.contains(" 550") || text.contains(" 553") || text.contains("sender")) {
            return "The mail server did not accept the sender or recipient address. Check the From and To addresses" + detail + ".";
        }
        return "The email could not be sent through " + host + ":" + port + detail + ". Check the server, port, security and password.";
    }
}
