package dev.careeragent.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Opens links with {@link Desktop#browse} when it can, else with the OS command (xdg-open, open, rundll32). */
public final class SystemLinkOpener implements LinkOpener {

    @Override
    public void open(String url) throws IOException {
        URI address = URI.create(url);
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException("Only web addresses (http/https) are opened, not " + url);
        }
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            Desktop.getDesktop().browse(address);
            return;
        }
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                : List.of(os.contains("mac") ? "open" : "xdg-open", url);
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
