package dev.careeragent.ui.common;

import java.io.IOException;

/** Opens a web address in the user's browser. Slow and blocking: call it off the FX thread. */
@FunctionalInterface
public interface LinkOpener {

    void open(String url) throws IOException;
}
