package dev.careeragent.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens folders (created when missing) and files with {@link Desktop} when it can, else with the OS command
 * (xdg-open, open, explorer).
 */
public final class SystemFolderOpener implements FolderOpener {

    private static final Logger LOG = LoggerFactory.getLogger(SystemFolderOpener.class);

    @Override
    public void open(Path folder) throws IOException {
        if (!Files.isRegularFile(folder)) {
            Files.createDirectories(folder);
        }
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(folder.toFile());
            return;
        }
        List<String> command = List.of(commandFor(System.getProperty("os.name")), folder.toString());
        LOG.debug("Opening {} with {}", folder, command.get(0));
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    static String commandFor(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return "explorer";
        }
        return os.contains("mac") ? "open" : "xdg-open";
    }
}
