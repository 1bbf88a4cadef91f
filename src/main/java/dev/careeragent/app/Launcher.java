package dev.careeragent.app;

import dev.careeragent.cli.Launch;

/**
 * The main class. It does not extend {@code javafx.application.Application} (jpackage/classpath rule in STACK.md):
 * with no arguments it opens the desktop app, with a subcommand it runs the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int exitCode = Launch.run(new DesktopStartup(), args);
        if (exitCode != DesktopStartup.RUNNING) {
            System.exit(exitCode);
        }
    }
}
