package dev.careeragent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code career-agent token show [--new]}: the clip API token (for the bookmarklet or scripts). */
@Command(name = "token", description = "The browser clip API token.", subcommands = TokenCommand.Show.class)
final class TokenCommand {

    @ParentCommand
    CareerAgentCommand root;

    @Command(name = "show", description = "Print the token (created on first use) and where it is kept.")
    static final class Show implements Callable<Integer> {
        @ParentCommand TokenCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--new", description = "Replace it first (the old bookmarklet stops working).") boolean renew;

        @Override
        public Integer call() {
            return AppCommand.run(parent.root, spec, (context, out) -> {
                String token = renew ? context.clipToken().regenerate() : context.clipToken().value();
                out.println(token);
                out.println("Kept in " + context.clipToken().whereKept());
            });
        }
    }
}
