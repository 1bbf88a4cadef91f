package dev.careeragent.core.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.time.Instant;

/** Copies every ERROR event into {@link RecentErrors}. */
final class RecentErrorsAppender extends AppenderBase<ILoggingEvent> {

    private final RecentErrors target;

    RecentErrorsAppender(RecentErrors target) {
        this.target = target;
        setName("recent-errors");
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.ERROR)) {
            return;
        }
        String details = event.getFormattedMessage();
        if (event.getThrowableProxy() != null) {
            details += System.lineSeparator() + ThrowableProxyUtil.asString(event.getThrowableProxy());
        }
        target.add(new RecentErrors.Entry(Instant.ofEpochMilli(event.getTimeStamp()), event.getLoggerName(),
                event.getFormattedMessage(), details));
    }
}
