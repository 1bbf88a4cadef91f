package dev.careeragent.core.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Map;
import org.slf4j.Marker;

/**
 * Drops two warnings libraries print on every normal start, which say nothing the user could act on:
 * JavaFX's "Unsupported JavaFX configuration" (the app runs JavaFX from the class path on purpose: the
 * launcher does not extend Application, as jpackage and a plain {@code java -jar} need), and DJL's CUDA probe
 * ("CUDA driver version is insufficient"), which the tokenizer runs before the embedding model loads even though
 * the model runs on the CPU only. Every other warning of those loggers still passes.
 */
public final class HarmlessWarnings extends TurboFilter {

    private static final Map<String, String> KNOWN = Map.of(
            "javafx", "Unsupported JavaFX configuration",
            "ai.djl.util.cuda.CudaUtils", "Failed to detect GPU count");

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        String prefix = KNOWN.get(logger.getName());
        return prefix != null && format != null && format.startsWith(prefix) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
