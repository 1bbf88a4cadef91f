package dev.careeragent.sources.fetch;

import java.io.IOException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Locale;

/** Short failure lines a person would write; the full message stays behind them as the details. */
public final class Headlines {

    private Headlines() {
    }

    /** "No internet connection" when no address could be looked up or no route exists, else "X could not be reached". */
    static String unreachable(String sourceName, IOException e) {
        return offline(e) ? "No internet connection" : sourceName + " could not be reached";
    }

    static boolean offline(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || text.contains("network is unreachable") || text.contains("err_internet_disconnected")
                    || text.contains("err_name_not_resolved")) {
                return true;
            }
        }
        return false;
    }

    /** The text up to its first full stop (or all of it), for messages that have no headline of their own. */
    public static String firstSentence(String message) {
        if (message == null || message.isBlank()) {
            return "Failed";
        }
        String text = message.strip();
        int end = text.indexOf(". ");
        int newline = text.indexOf('\n');
        if (newline >= 0 && (end < 0 || newline < end)) {
            end = newline;
        }
        return end < 0 ? text : text.substring(0, end);
    }
}
