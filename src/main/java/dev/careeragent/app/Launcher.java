package dev.careeragent.app;

import dev.careeragent.cli.CareerAgentCommand;
import dev.careeragent.cli.Launch;
import dev.careeragent.cli.server.WarmCommands;

/**
 * The main class. It does not extend {@code javafx.application.Application} (jpackage/classpath rule in STACK.md):
 * with no arguments it opens the desktop app, with a subcommand it runs the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int exitCode = WarmCommands.run(args, () -> Launch.run(Launcher::desktop, args));
        if (exitCode != DesktopStartup.RUNNING) {
            System.exit(exitCode);
        }
    }

    /** Made only for a desktop start: the desktop's classes (JavaFX among them) are no cost to a command. */
    private static CareerAgentCommand.DesktopStarter desktop() {
        return new DesktopStartup();
    }
}
