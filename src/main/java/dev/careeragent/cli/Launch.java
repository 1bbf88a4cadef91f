package dev.careeragent.cli;

import dev.careeragent.core.DataFolder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs the launcher's arguments. A desktop start (no subcommand, no help) parses only the desktop options. Anything
 * else, or options the desktop start does not know, goes to the command line with only the named command built
 * (building every command's picocli model costs seconds on a busy machine; see {@link TopLevelCommands}).
 */
public final class Launch {

    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    private Launch() {
    }

    /** As {@link #run(CareerAgentCommand.DesktopStarter, String[])}, making the desktop starter only for a desktop start. */
    public static int run(Supplier<CareerAgentCommand.DesktopStarter> desktop, String[] args) {
        return run(new CareerAgentCommand.DesktopStarter() {
            @Override
            public int start(DataFolder folder, boolean measureStartup) throws Exception {
                return desktop.get().start(folder, measureStartup);
            }

            @Override
            public int start(DataFolder folder, boolean measureStartup, List<Path> files) throws Exception {
                return desktop.get().start(folder, measureStartup, files);
            }
        }, args);
    }

    public static int run(CareerAgentCommand.DesktopStarter desktop, String[] args) {
        System.setProperty("picocli.disable.closures", "true"); // no look-up of Groovy's Closure class on every start
        if (!isDesktopStart(args)) {
            return CareerAgentCommand.commandLine(desktop, args).execute(args);
        }
        CommandLine line = new CommandLine(new DesktopOptions(desktop));
        line.setExecutionExceptionHandler(new CliFailures());
        line.setParameterExceptionHandler((problem, given) -> CareerAgentCommand.commandLine(desktop, given).execute(given));
        return line.execute(args);
    }

    /** True when no argument names a subcommand or asks for help or the version. */
    static boolean isDesktopStart(String[] args) {
        return !TopLevelCommands.anyNamedIn(args) && Arrays.stream(args).noneMatch(HELP::contains);
    }

    /** The root command's desktop options (see {@link CareerAgentCommand}); its help is the full command line's. */
    @Command(name = "career-agent")
    static final class DesktopOptions implements Callable<Integer> {

        @Option(names = "--data-dir")
        Path dataDir;

        @Option(names = "--measure-startup")
        boolean measureStartup;

        @Parameters(arity = "0..*")
        List<Path> files = List.of();

        private final CareerAgentCommand.DesktopStarter desktop;

        DesktopOptions(CareerAgentCommand.DesktopStarter desktop) {
            this.desktop = desktop;
        }

        @Override
        public Integer call() throws Exception {
            CareerAgentCommand root = new CareerAgentCommand(desktop);
            root.dataDir = dataDir;
            root.measureStartup = measureStartup;
            root.files = files;
            return root.call();
        }
    }
}
