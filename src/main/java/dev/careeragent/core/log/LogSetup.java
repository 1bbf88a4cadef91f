package dev.careeragent.core.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import dev.careeragent.core.guard.OwnerOnly;
import dev.careeragent.core.settings.SettingsKey;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Points Logback's JSON file at the data folder, routes java.util.logging to SLF4J, collects recent
 * errors for Diagnostics and changes the level at run time. The one class that knows Logback is behind SLF4J.
 */
public final class LogSetup {

    public static final String LOG_DIR_PROPERTY = "careeragent.logDir";
    /** The level of the app's own loggers chosen in Settings > Logging. */
    public static final SettingsKey<String> LEVEL = SettingsKey.named("logLevel", String.class, () -> "INFO");
    public static final String CONSOLE_LEVEL_PROPERTY = "careeragent.consoleLevel";
    private static final String FILE_APPENDER = "JSON_FILE";

    private LogSetup() {
    }

    /**
     * Writes the JSON log file into {@code logs} (the data folder's); until this is called nothing is written
     * to any file, so no log lands in a shared temporary folder. Calling it again with another folder moves the file.
     * The file is opened by the first event that reaches it: a command that logs nothing pays for no rolling policy.
     */
    public static synchronized void useLogFolder(Path logs) {
        String folder = logs.toAbsolutePath().toString();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Appender<ILoggingEvent> old = root.getAppender(FILE_APPENDER);
        if (old != null && folder.equals(System.getProperty(LOG_DIR_PROPERTY))) {
            return;
        }
        System.setProperty(LOG_DIR_PROPERTY, folder);
        if (old != null) {
            root.detachAppender(old);
            old.stop();
        }
        FileOnFirstEvent file = new FileOnFirstEvent(() -> jsonFile(context, root, folder));
        file.setContext(context);
        file.setName(FILE_APPENDER);
        file.start();
        root.addAppender(file);
    }

    private static Appender<ILoggingEvent> jsonFile(LoggerContext context, Logger root, String folder) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName(FILE_APPENDER);
        file.setFile(folder + "/career-agent.json.log");
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/career-agent.%d{yyyy-MM-dd}.%i.json.log");
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("300MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.start();
        file.setEncoder(encoder);
        file.start();
        try {
            Path log = Path.of(file.getFile());
            OwnerOnly.restrict(log.getParent());
            OwnerOnly.restrict(log);
        } catch (java.io.IOException e) {
            root.warn("The log file could not be made owner-only: {}", e.getMessage());
        }
        return file;
    }

    /** Makes its target (the JSON file) on the first event and hands it every event. */
    private static final class FileOnFirstEvent extends AppenderBase<ILoggingEvent> {
        private final Supplier<Appender<ILoggingEvent>> make;
        private Appender<ILoggingEvent> target;

        FileOnFirstEvent(Supplier<Appender<ILoggingEvent>> make) {
            this.make = make;
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (target == null) {
                target = make.get();
            }
            target.doAppend(event);
        }

        @Override
        public void stop() {
            super.stop();
            if (target != null) {
                target.stop();
            }
        }
    }

    /** Quieter console for command-line use, where stdout is the command's output. */
    public static void consoleLevel(String level) {
        System.setProperty(CONSOLE_LEVEL_PROPERTY, level);
    }

    public static void install(RecentErrors recentErrors) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        RecentErrorsAppender appender = new RecentErrorsAppender(recentErrors);
        appender.setContext(context);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(appender.getName()); // a warm command server installs one per command it runs
        root.addAppender(appender);
    }

    /** Sets the level of the app's own loggers (dev.careeragent); unknown names fall back to INFO. */
    public static void setLevel(String level) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger app = context.getLogger("dev.careeragent");
        app.setLevel(Level.toLevel(level, Level.INFO));
    }

    public static String level() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Level level = context.getLogger("dev.careeragent").getEffectiveLevel();
        return level.toString();
    }
}
