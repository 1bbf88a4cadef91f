package dev.careeragent.cli;

import dev.careeragent.context.AppContext;
import dev.careeragent.context.QuickServices;
import dev.careeragent.core.AppInfo;
import dev.careeragent.core.DataFolder;
import dev.careeragent.core.guard.OwnerOnly;
import dev.careeragent.core.log.LogSetup;
import dev.careeragent.core.log.RecentErrors;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.schedule.ScheduleStatus;
import dev.careeragent.sources.search.JobPageReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/** {@code career-agent}: with no subcommand it opens the desktop app; subcommands use the same services. */
@Command(footer = {"", "Examples:", "  career-agent                      open the desktop app", "  career-agent doctor               check the set-up", "  career-agent resume parse cv.pdf  read a resume, store nothing", "  career-agent search --keywords \"java developer\" --location Berlin", "  career-agent <command> --help     help for one command"},
        name = "career-agent", mixinStandardHelpOptions = true, versionProvider = CareerAgentCommand.Version.class,
        description = "Your personal career agent. Run without a command to open the app.")
public final class CareerAgentCommand implements Callable<Integer> {

    /** Opens the desktop app; returns when the window is up (the JVM then lives on in the FX thread). */
    @FunctionalInterface
    public interface DesktopStarter {
        int start(DataFolder folder, boolean measureStartup) throws Exception;

        /** As above, importing {@code files} (resumes opened with the app) once the window is up. */
        default int start(DataFolder folder, boolean measureStartup, List<Path> files) throws Exception {
            return start(folder, measureStartup);
        }
    }

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "FOLDER",
            description = "Folder for your data (default: the per-user data folder, or CAREER_AGENT_HOME).")
    Path dataDir;

    @Option(names = "--measure-startup", description = "Print the time from JVM start to the main window shown.")
    boolean measureStartup;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Resume files to import (\"Open with Career Agent\").")
    List<Path> files = List.of();

    private final DesktopStarter desktop;

    public CareerAgentCommand(DesktopStarter desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() throws Exception {
        return desktop.start(dataFolder(), measureStartup, files);
    }

    /** Every command built (see {@link TopLevelCommands}), run as {@link #commandLine(DesktopStarter, String...)} runs. */
    public static CommandLine commandLine(DesktopStarter desktop) {
        return launcherRules(withEveryCommand(new CareerAgentCommand(desktop)));
    }

    /**
     * The command line as the launcher runs {@code args}: only the commands named in them are built. A command that
     * runs (not one asked for its help) logs into the data folder only, and a failure is one line (the database's
     * verdict when the database is at fault), its trace in the log file.
     */
    public static CommandLine commandLine(DesktopStarter desktop, String... args) {
        CommandLine commandLine = new CommandLine(new CareerAgentCommand(desktop));
        TopLevelCommands.addNamedIn(commandLine, args);
        return launcherRules(commandLine);
    }

    /** Every command with its full model and picocli's default handling (tests call commands this way). */
    static CommandLine withEveryCommand(CareerAgentCommand root) {
        CommandLine commandLine = new CommandLine(root);
        TopLevelCommands.addAll(commandLine);
        return commandLine;
    }

    private static CommandLine launcherRules(CommandLine commandLine) {
        CareerAgentCommand root = commandLine.getCommand();
        commandLine.setExecutionExceptionHandler(new CliFailures());
        commandLine.setExecutionStrategy(parsed -> {
            if (parsed.hasSubcommand() && !helpAsked(parsed)) {
                root.privateDataFolder();
                LogSetup.useLogFolder(root.dataFolder().logs());
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        return commandLine;
    }

    private static boolean helpAsked(CommandLine.ParseResult parsed) {
        return parsed.asCommandLineList().stream().anyMatch(c -> c.isUsageHelpRequested() || c.isVersionHelpRequested()
                || c.getCommand() instanceof CommandLine.HelpCommand);
    }

    /** The data folder and what it holds, owner-only; a folder that cannot be made is left for doctor to explain. */
    void privateDataFolder() {
        try {
            OwnerOnly.secureTree(dataFolder().root());
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(CareerAgentCommand.class).debug("Data folder not secured: {}", e.getMessage());
        }
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

    /** Reads job pages without opening the database ({@code job parse} stores nothing). */
    JobPageReader openPageReader() {
        startLogging();
        DataFolder folder = dataFolder();
        return QuickServices.jobPageReader(folder, new SettingsStore(folder.settingsFile()), Clock.systemDefaultZone());
    }

    /** The background jobs read straight from the database file (no Hibernate, no migrations). */
    ScheduleStatus readScheduleStatus() {
        startLogging();
        DataFolder folder = dataFolder();
        return QuickServices.scheduleStatus(folder, new SettingsStore(folder.settingsFile()), Clock.systemDefaultZone());
    }

    /** Prints the app version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version(), "Java " + AppInfo.javaVersion()};
        }
    }
}
