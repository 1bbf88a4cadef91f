package dev.careeragent.cli;

import dev.careeragent.store.DatabaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What any command prints when it fails: one line for the user (a database fault gets the same verdict
 * {@code doctor} gives), never a stack trace; the trace goes to the log file in the data folder.
 */
final class CliFailures implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        Logger log = LoggerFactory.getLogger(CliFailures.class); // not a constant: a run that never fails starts no logging
        log.info("Command {} failed", command.getCommandName(), e);
        command.getErr().println(lineFor(e));
        command.getErr().flush();
        return 1;
    }

    static String lineFor(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseException database) {
                return database.userMessage();
            }
        }
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return e.getMessage();
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return "The command failed: " + detail + ". Details are in the log file in the data folder's logs/ folder.";
    }
}
