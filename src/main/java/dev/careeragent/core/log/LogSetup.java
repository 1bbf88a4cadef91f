package dev.careeragent.core.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Points Logback's JSON file at the data folder, routes java.util.logging to SLF4J, collects recent
 * errors for Diagnostics and changes the level at run time. The one class that knows Logback is behind SLF4J.
 */
public final class LogSetup {

    public static final String LOG_DIR_PROPERTY = "careeragent.logDir";
    public static final String CONSOLE_LEVEL_PROPERTY = "careeragent.consoleLevel";

    private LogSetup() {
    }

    /** Call before the first logger is created, so logback.xml writes into the data folder. */
    public static void useLogFolder(Path logs) {
        System.setProperty(LOG_DIR_PROPERTY, logs.toAbsolutePath().toString());
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
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
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
