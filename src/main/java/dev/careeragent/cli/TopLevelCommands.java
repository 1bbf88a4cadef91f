package dev.careeragent.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The top-level commands, in the order {@code --help} lists them. Building a command's picocli model (its options,
 * mixins and nested subcommands, by reflection) costs more than a hello-world's whole start once done for all of them,
 * so the launcher builds only the commands named on its command line; every other one is a placeholder carrying the
 * name, aliases and description of its {@code @Command}, which is all the root's {@code --help} shows of it.
 */
final class TopLevelCommands {

    static final List<Class<?>> ALL = List.of(DoctorCommand.class, DbCommand.class, ScheduleCommand.class,
            MatchCommand.class, ResumeCommand.class, SearchCommand.class, JobCommand.class, AppCommand.class,
            InterviewCommand.class, OfferCommand.class, ExportCommand.class, ImportCommand.class, TokenCommand.class,
            ServeCommand.class, LetterCommand.class, CommandLine.HelpCommand.class);

    private TopLevelCommands() {
    }

    /** Adds every command to {@code root}, each with its full model. */
    static void addAll(CommandLine root) {
        add(root, name -> true);
    }

    /** Adds the commands whose name or alias is one of {@code args} with their model, the others as placeholders. */
    static void addNamedIn(CommandLine root, String... args) {
        add(root, Set.copyOf(Arrays.asList(args))::contains);
    }

    /** True when one of {@code args} names a top-level command (or one of its aliases). */
    static boolean anyNamedIn(String... args) {
        Set<String> words = Set.copyOf(Arrays.asList(args));
        return ALL.stream().map(type -> type.getAnnotation(Command.class)).anyMatch(command -> named(command, words::contains));
    }

    private static void add(CommandLine root, Predicate<String> build) {
        for (Class<?> type : ALL) {
            Command command = type.getAnnotation(Command.class);
            if (named(command, build)) {
                root.addSubcommand(type);
            } else {
                root.addSubcommand(command.name(), new CommandLine(placeholder(command)), command.aliases());
            }
        }
    }

    private static boolean named(Command command, Predicate<String> wanted) {
        return wanted.test(command.name()) || Arrays.stream(command.aliases()).anyMatch(wanted);
    }

    private static CommandSpec placeholder(Command command) {
        CommandSpec spec = CommandSpec.create().name(command.name());
        spec.usageMessage().header(command.header()).description(command.description()).hidden(command.hidden());
        return spec;
    }
}
