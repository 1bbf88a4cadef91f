package dev.careeragent.cli.server;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the launcher and the warm server say to each other on the loopback port of the folder's ticket. The request:
 * the ticket's token, the launcher's build, the data folder, the output charset and the arguments. The answer: frames of standard output
 * and error as the command writes them, then its exit code; or "stale" when the server is of another build.
 */
final class Frames {

    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 0;
    static final byte STALE = 3;

    private Frames() {
    }

    record Request(String token, String build, String folder, String charset, List<String> args) {

        void write(DataOutputStream out) throws IOException {
            out.writeUTF(token);
            out.writeUTF(build);
            out.writeUTF(folder);
            out.writeUTF(charset);
            out.writeInt(args.size());
            for (String arg : args) {
                out.writeUTF(arg);
            }
            out.flush();
        }

        static Request read(DataInputStream in) throws IOException {
            String token = in.readUTF();
            String build = in.readUTF();
            String folder = in.readUTF();
            String charset = in.readUTF();
            int count = in.readInt();
            if (count < 0 || count > 1_000) {
                throw new IOException("too many arguments: " + count);
            }
            List<String> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                args.add(in.readUTF());
            }
            return new Request(token, build, folder, charset, List.copyOf(args));
        }
    }

    /** The bytes written to it, sent as frames of one kind (standard output or error) on a shared stream. */
    static final class Sink extends OutputStream {
        private final DataOutputStream out;
        private final byte kind;

        Sink(DataOutputStream out, byte kind) {
            this.out = out;
            this.kind = kind;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return;
            }
            synchronized (out) {
                out.writeByte(kind);
                out.writeInt(length);
                out.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            synchronized (out) {
                out.flush();
            }
        }
    }

    /**
     * This JVM's build: its class path and when its first entry (the app's jar, or its classes in a build) last
     * changed. A server of another build answers "stale" and ends, so a rebuilt app never runs old code.
     */
    static String build() {
        String classPath = System.getProperty("java.class.path", "");
        String first = classPath.split(java.io.File.pathSeparator, 2)[0];
        try {
            return classPath.concat("@").concat(String.valueOf(Files.getLastModifiedTime(Path.of(first)).toMillis()));
        } catch (IOException | InvalidPathException e) {
            return classPath;
        }
    }
}
