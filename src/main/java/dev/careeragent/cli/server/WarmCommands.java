package dev.careeragent.cli.server;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntSupplier;

/**
 * The launcher's quick commands through a warm server when {@code careeragent.commandServer=on} (set by
 * {@code bin/career-agent} unless {@code CAREER_AGENT_CLI_SERVER=off}): the first run of one works in its own JVM and
 * then starts the folder's server; later runs, within {@link CommandServer#IDLE} of the last, are answered by it.
 */
public final class WarmCommands {

    public static final String SWITCH = "careeragent.commandServer";

    private WarmCommands() {
    }

    /** Runs {@code args}: on the warm server when it may and one answers, else through {@code inProcess}. */
    public static int run(String[] args, IntSupplier inProcess) {
        if (!"on".equals(System.getProperty(SWITCH))) {
            return inProcess.getAsInt();
        }
        Optional<ServedCommandLine> served = ServedCommandLine.of(args, Path.of(""));
        if (served.isEmpty()) {
            return inProcess.getAsInt();
        }
        OptionalInt answered = CommandClient.run(served.get(), Frames.build(), stream(FileDescriptor.out),
                stream(FileDescriptor.err));
        if (answered.isPresent()) {
            return answered.getAsInt();
        }
        int exit = inProcess.getAsInt();
        ServerProcess.start(served.get().folder());
        return exit;
    }

    private static OutputStream stream(FileDescriptor descriptor) {
        return new FileOutputStream(descriptor);
    }
}
