package dev.careeragent.cli;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.AppInfo;
import dev.careeragent.core.DataFolder;
import dev.careeragent.core.log.LogSetup;
import dev.careeragent.core.log.RecentErrors;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code career-agent}: with no subcommand it opens the desktop app; subcommands use the same services. */
@Command(name = "career-agent", mixinStandardHelpOptions = true, versionProvider = CareerAgentCommand.Version.class,
        description = "Your personal career agent. Run without a command to open the app.",
        subcommands = {DoctorCommand.class, DbCommand.class, ScheduleCommand.class, MatchCommand.class, ResumeCommand.class,
                SearchCommand.class, JobCommand.class, LetterCommand.class,
                CommandLine.HelpCommand.class})
public final class CareerAgentCommand implements Callable<Integer> {

    /** Opens the desktop app; returns when the window is up (the JVM then lives on in the FX thread). */
    @FunctionalInterface
    public interface DesktopStarter {
        int start(DataFolder folder, boolean measureStartup) throws Exception;
    }

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "FOLDER",
            description = "Folder for your data (default: the per-user data folder, or CAREER_AGENT_HOME).")
    Path dataDir;

    @Option(names = "--measure-startup", description = "Print the time from JVM start to the main window shown.")
    boolean measureStartup;

    private final DesktopStarter desktop;

    public CareerAgentCommand(DesktopStarter desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() throws Exception {
        return desktop.start(dataFolder(), measureStartup);
    }

    DataFolder dataFolder() {
        return DataFolder.resolveForThisMachine(dataDir);
    }

    /** Logging for command-line use: the JSON file in the data folder, only warnings on the console. */
    RecentErrors startLogging() {
        LogSetup.useLogFolder(dataFolder().logs());
        LogSetup.consoleLevel("WARN");
        RecentErrors errors = new RecentErrors();
        LogSetup.install(errors);
        return errors;
    }

    /** The full set of services, running background work on the calling thread. Close it when done. */
    AppContext openContext() {
        RecentErrors errors = startLogging();
        DataFolder folder = dataFolder();
        return new AppContext(folder, Clock.systemDefaultZone(), new SettingsStore(folder.settingsFile()), errors,
                new CurrentThreadTaskExecutor(errors::addException));
    }

    /** Prints the app version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version(), "Java " + AppInfo.javaVersion()};
        }
    }
}
