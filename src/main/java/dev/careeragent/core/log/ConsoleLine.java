package dev.careeragent.core.log;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * One console line per event, {@code 14:05:09.123 WARN  d.c.sources.PoliteFetcher - message}, written by hand:
 * logback's pattern layout compiles its pattern through some ninety converter classes on every start, a cost a
 * command-line run pays even when it logs nothing. Stack traces are left to the log file.
 */
final class ConsoleLine extends LayoutBase<ILoggingEvent> {

    static final int LOGGER_WIDTH = 24;

    @Override
    public String doLayout(ILoggingEvent event) {
        LocalTime time = LocalTime.ofInstant(Instant.ofEpochMilli(event.getTimeStamp()), ZoneId.systemDefault());
        StringBuilder line = new StringBuilder(96);
        two(line, time.getHour()).append(':');
        two(line, time.getMinute()).append(':');
        two(line, time.getSecond()).append('.');
        int millis = time.getNano() / 1_000_000;
        line.append(millis < 100 ? "0" : "").append(millis < 10 ? "0" : "").append(millis).append(' ');
        String level = event.getLevel().toString();
        line.append(level).append(" ".repeat(Math.max(0, 5 - level.length()))).append(' ');
        line.append(shortLogger(event.getLoggerName())).append(" - ").append(event.getFormattedMessage());
        return line.append(System.lineSeparator()).toString();
    }

    /** The logger's name with its leading packages cut to their first letter until it fits, as %logger{24} does. */
    static String shortLogger(String name) {
        String[] parts = name.split("\\.");
        int length = name.length();
        for (int i = 0; i < parts.length - 1 && length > LOGGER_WIDTH; i++) {
            length -= parts[i].length() - 1;
            parts[i] = parts[i].isEmpty() ? parts[i] : parts[i].substring(0, 1);
        }
        return String.join(".", parts);
    }

    private static StringBuilder two(StringBuilder line, int value) {
        return line.append(value < 10 ? "0" : "").append(value);
    }
}
