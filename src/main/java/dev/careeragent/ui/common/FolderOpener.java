package dev.careeragent.ui.common;

import java.io.IOException;
import java.nio.file.Path;

/** Shows a folder in the operating system's file manager. Slow and blocking: call it off the FX thread. */
@FunctionalInterface
public interface FolderOpener {

    void open(Path folder) throws IOException;
}
