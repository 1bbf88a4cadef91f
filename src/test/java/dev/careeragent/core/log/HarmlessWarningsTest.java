package dev.careeragent.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's own logging set-up keeps the console quiet on a normal start, and only for the two known warnings. */
class HarmlessWarningsTest {

    @Test
    void theKnownStartWarningsAreDroppedAndOtherWarningsOfTheSameLoggersPass(@TempDir Path dir) {
        LoggerContext context = new LoggerContext();
        context.putProperty("careeragent.logDir", dir.toString());
        new ConsoleLogConfigurator().configureConsole(context);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.setContext(context);
        seen.start();
        context.getLogger("ROOT").addAppender(seen);

        context.getLogger("javafx").warn("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1706ee1e'");
        context.getLogger("ai.djl.util.cuda.CudaUtils").warn("Failed to detect GPU count: {} ({})",
                "CUDA driver version is insufficient for CUDA runtime version", 35);
        context.getLogger("javafx").warn("Could not load the stylesheet app.css");
        context.getLogger("ai.djl.util.cuda.CudaUtils").warn("Unexpected output: {}", "garbage");
        context.stop();

        assertThat(seen.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Could not load the stylesheet app.css", "Unexpected output: garbage");
    }
}
