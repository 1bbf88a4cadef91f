package dev.careeragent.core.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Map;

/**
 * The logging set-up every run starts with, in code rather than logback.xml: parsing XML (Joran and an XML parser,
 * some 400 classes) cost more than a picocli command's whole start. Console to stderr, one line per event (stack
 * traces go to the log file that {@link LogSetup#useLogFolder} adds), at {@code careeragent.consoleLevel} (INFO unless
 * a command asks for less), the app at INFO and the chatty libraries at WARN or ERROR. A {@code logback-test.xml}
 * on the class path (the tests') wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class ConsoleLogConfigurator extends ContextAwareBase implements Configurator {

    private static final Map<String, Level> LEVELS = Map.of(
            "dev.careeragent", Level.INFO,
            "org.hibernate", Level.WARN,
            "org.flywaydb", Level.WARN,
            "com.zaxxer", Level.WARN,
            "org.apache.pdfbox", Level.ERROR,
            "org.apache.fontbox", Level.ERROR,
            "ai.djl", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (ConsoleLogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configureConsole(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    void configureConsole(LoggerContext context) {
        HarmlessWarnings harmless = new HarmlessWarnings();
        harmless.setContext(context);
        harmless.start();
        context.addTurboFilter(harmless);

        ConsoleLine layout = new ConsoleLine();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.addFilter(new ConsoleThreshold());
        console.start();

        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
    }

    /** Drops console events below {@code careeragent.consoleLevel}, read per event so a command can lower it late. */
    private static final class ConsoleThreshold extends Filter<ILoggingEvent> {
        @Override
        public FilterReply decide(ILoggingEvent event) {
            Level threshold = Level.toLevel(System.getProperty(LogSetup.CONSOLE_LEVEL_PROPERTY), Level.INFO);
            return event.getLevel().isGreaterOrEqual(threshold) ? FilterReply.NEUTRAL : FilterReply.DENY;
        }
    }
}
