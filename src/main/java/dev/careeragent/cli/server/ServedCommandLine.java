package dev.careeragent.cli.server;

import dev.careeragent.core.DataFolder;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A command line the warm command server may run for the launcher: a quick read-only command that asks nothing of the
 * terminal (no prompt, no standard input, no password), with the files it names made absolute, since the server's
 * working folder is not the user's.
 */
record ServedCommandLine(DataFolder folder, List<String> args) {

    private static final Set<List<String>> SERVED = Set.of(List.of("job", "parse"), List.of("resume", "parse"),
            List.of("schedule", "status"));
    private static final Set<String> NOT_SERVED = Set.of("-h", "--help", "-V", "--version", "--password", "-");
    private static final String DATA_DIR = "--data-dir";
    private static final Set<String> VALUE_OPTIONS = Set.of(DATA_DIR, "--runs");

    /** {@code args} as the server must receive them, or empty when they run in the launcher's own JVM. */
    static Optional<ServedCommandLine> of(String[] args, Path workingFolder) {
        List<String> words = new ArrayList<>();
        List<String> served = new ArrayList<>();
        Path dataDir = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (NOT_SERVED.contains(arg) || arg.startsWith("--password=")) {
                return Optional.empty();
            }
            if (VALUE_OPTIONS.contains(arg) && i + 1 < args.length) {
                String value = args[++i];
                if (arg.equals(DATA_DIR)) {
                    dataDir = absolute(value, workingFolder).orElse(null);
                    if (dataDir == null) {
                        return Optional.empty();
                    }
                    value = dataDir.toString();
                }
                served.add(arg);
                served.add(value);
            } else if (arg.startsWith("-")) {
                served.add(arg);
            } else if (words.size() < 2) {
                words.add(arg);
                served.add(arg);
            } else {
                served.add(existingFile(arg, workingFolder).map(Path::toString).orElse(arg));
            }
        }
        if (!SERVED.contains(words)) {
            return Optional.empty();
        }
        return Optional.of(new ServedCommandLine(DataFolder.resolveForThisMachine(dataDir), List.copyOf(served)));
    }

    /** Where the folder's server publishes its port and token. */
    static Path ticketOf(DataFolder folder) {
        return folder.root().resolve("cli.port");
    }

    /** The lock a running server holds. */
    static Path lockOf(DataFolder folder) {
        return folder.root().resolve("cli.lock");
    }

    private static Optional<Path> existingFile(String word, Path workingFolder) {
        return absolute(word, workingFolder).filter(Files::exists);
    }

    private static Optional<Path> absolute(String word, Path workingFolder) {
        try {
            return Optional.of(workingFolder.resolve(word).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
