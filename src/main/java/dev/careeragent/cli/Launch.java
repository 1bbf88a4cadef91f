package dev.careeragent.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs the launcher's arguments. A desktop start (no subcommand, no help) parses only the desktop options: picocli
 * builds the model of every subcommand for the full command line, which costs seconds on a busy machine before the
 * window can appear. Anything else, or options the desktop start does not know, goes to the full command line.
 */
public final class Launch {

    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    private Launch() {
    }

    public static int run(CareerAgentCommand.DesktopStarter desktop, String[] args) {
        if (!isDesktopStart(args)) {
            return CareerAgentCommand.commandLine(desktop).execute(args);
        }
        CommandLine line = new CommandLine(new DesktopOptions(desktop));
        line.setExecutionExceptionHandler(new CliFailures());
        line.setParameterExceptionHandler((problem, given) -> CareerAgentCommand.commandLine(desktop).execute(given));
        return line.execute(args);
    }

    /** True when no argument names a subcommand or asks for help or the version. */
    static boolean isDesktopStart(String[] args) {
        Set<String> commands = new HashSet<>();
        for (Class<?> subcommand : CareerAgentCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = subcommand.getAnnotation(Command.class);
            commands.add(command.name());
            commands.addAll(Arrays.asList(command.aliases()));
        }
        return Arrays.stream(args).noneMatch(arg -> commands.contains(arg) || HELP.contains(arg));
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
