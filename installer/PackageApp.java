import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds this platform's installers with jpackage (run by {@code ./mvnw -Pinstaller package}, after the jar and
 * target/lib exist): copies the jars uncompressed (the package compresses better) keeping only this platform's
 * native libraries, trims a runtime with jdeps + jlink (with its class-data-sharing archive), records the classes a start loads (Linux: the .deb
 * turns them into the app's CDS archive at the install path, as JDK 17 archives cannot move), then runs
 * jpackage with jpackage.cfg and installer/{package.cfg,OS/app.cfg,OS/package.cfg}. Output: target/installer/dist.
 * Usage: java installer/PackageApp.java PROJECT_DIR VERSION
 */
public final class PackageApp {

    /** Modules found only by reflection or service loading, which jdeps cannot see (jdk.random: RandomGenerator.getDefault()). */
    private static final List<String> EXTRA_MODULES = List.of("jdk.random", "jdk.naming.dns", "jdk.crypto.ec", "jdk.charsets", "jdk.localedata",
            "jdk.zipfs", "jdk.httpserver", "jdk.unsupported", "jdk.net", "java.naming", "java.net.http",
            "java.management", "java.instrument", "jdk.jfr", "jdk.security.auth", "java.security.jgss");

    /** A jar folder holding one sub-folder of native code per platform; only {@code keep} survives. */
    record NativeFolder(String root, Pattern platform, String keep) {
        boolean drops(String entry) {
            if (!entry.startsWith(root)) {
                return false;
            }
            String rest = entry.substring(root.length());
            String[] parts = rest.split("/");
            int depth = platform.pattern().split("/").length;
            if (parts.length <= depth) {
                return false;
            }
            String dir = String.join("/", List.of(parts).subList(0, depth));
            return platform.matcher(dir).matches() && !dir.equals(keep);
        }
    }

    private final Path project;
    private final String version;
    private final Path work;
    private final String os = osName();
    private final boolean arm = System.getProperty("os.arch").contains("aarch64");

    private PackageApp(Path project, String version) {
        this.project = project;
        this.version = version;
        this.work = project.resolve("target/installer");
    }

    public static void main(String[] args) throws Exception {
        new PackageApp(Path.of(args[0]).toAbsolutePath(), args[1].replace("-SNAPSHOT", "")).build();
    }

    private void build() throws Exception {
        deleteTree(work);
        Path input = Files.createDirectories(work.resolve("input"));
        copyJars(input);
        Path runtime = work.resolve("runtime");
        jlink(input, runtime);
        Path dist = Files.createDirectories(work.resolve("dist"));
        List<String> app = List.of("@" + project.resolve("jpackage.cfg"), "@" + cfg(os + "/app.cfg"));
        List<String> packaging = List.of("--app-version", version, "--dest", dist.toString(),
                "@" + cfg("package.cfg"), "@" + cfg(os + "/package.cfg"));
        List<String> image = new ArrayList<>(List.of("--input", input.toString(), "--runtime-image", runtime.toString(),
                "--app-version", version, "--dest", dist.toString()));
        image.addAll(app);
        if (os.equals("linux")) {
            Files.copy(project.resolve("installer/linux/dev.careeragent.CareerAgent.metainfo.xml"),
                    input.resolve("dev.careeragent.CareerAgent.metainfo.xml"));
            Path built = appImage(image, dist);
            recordClassList(built);
            archive(built, dist);
            List<String> fromImage = new ArrayList<>(List.of("--app-image", built.toString(), "@" + cfg("linux/app.cfg")));
            fromImage.addAll(packaging);
            jpackage(fromImage, "deb");
            if (onPath("rpmbuild")) {
                jpackage(fromImage, "rpm");
            } else {
                System.out.println("[installer] SKIPPED .rpm: rpmbuild is not installed (apt-get install rpm)");
            }
        } else {
            List<String> all = new ArrayList<>(image);
            all.addAll(packaging.subList(4, packaging.size()));
            jpackage(all, os.equals("windows") ? "msi" : "dmg");
        }
        try (Stream<Path> files = Files.list(dist)) {
            files.filter(Files::isRegularFile).forEach(f -> System.out.printf("[installer] %s %.1f MB%n",
                    f.getFileName(), size(f) / 1e6));
        }
    }

    private void copyJars(Path input) throws IOException {
        List<NativeFolder> natives = nativeFolders();
        copyStored(project.resolve("target/career-agent.jar"), input.resolve("career-agent.jar"), List.of());
        Path lib = Files.createDirectories(input.resolve("lib"));
        try (Stream<Path> jars = Files.list(project.resolve("target/lib"))) {
            for (Path jar : jars.sorted().toList()) {
                copyStored(jar, lib.resolve(jar.getFileName()), natives);
            }
        }
    }

    /**
     * Rewrites a jar with every entry stored uncompressed, leaving out other platforms' native folders. The
     * package's own compression (xz in the .deb) then works on the raw bytes, which it shrinks far better than
     * jars' deflate streams: e.g. hibernate-core 6.0 MB as xz of raw entries vs 13.8 MB for the deflated jar.
     */
    private static void copyStored(Path jar, Path target, List<NativeFolder> natives) throws IOException {
        int dropped = 0;
        try (ZipFile zip = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (natives.stream().anyMatch(n -> n.drops(entry.getName()))) {
                    dropped++;
                    continue;
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                CRC32 crc = new CRC32();
                crc.update(bytes);
                ZipEntry stored = new ZipEntry(entry.getName());
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(bytes.length);
                stored.setCompressedSize(bytes.length);
                stored.setCrc(crc.getValue());
                stored.setTime(entry.getTime());
                out.putNextEntry(stored);
                out.write(bytes);
                out.closeEntry();
            }
        }
        if (dropped > 0) {
            System.out.printf("[installer] %s: kept this platform's native code only (%.0f MB, %d entries left out)%n",
                    jar.getFileName(), size(jar) / 1e6, dropped);
        }
    }

    private List<NativeFolder> nativeFolders() {
        String x64 = arm ? "aarch64" : "x86_64";
        return List.of(
                new NativeFolder("driver/", Pattern.compile("linux|linux-arm64|mac|mac-arm64|win32_x64"),
                        switch (os) { case "linux" -> arm ? "linux-arm64" : "linux"; case "macos" -> arm ? "mac-arm64" : "mac";
                            default -> "win32_x64"; }),
                new NativeFolder("ai/onnxruntime/native/", Pattern.compile("(linux|osx|win)-[a-z0-9_]+"),
                        Map.of("linux", "linux", "macos", "osx", "windows", "win").get(os) + (arm ? "-aarch64" : "-x64")),
                new NativeFolder("native/lib/", Pattern.compile("(linux|osx|win)-[a-z0-9_]+"),
                        Map.of("linux", "linux", "macos", "osx", "windows", "win").get(os) + "-" + x64),
                new NativeFolder("org/sqlite/native/", Pattern.compile("[A-Za-z-]+/[a-z0-9_]+"),
                        Map.of("linux", "Linux", "macos", "Mac", "windows", "Windows").get(os) + "/" + x64),
                new NativeFolder("com/sun/jna/", Pattern.compile("(aix|darwin|freebsd|linux|openbsd|sunos|win32|dragonflybsd)-[a-z0-9-]+"),
                        Map.of("linux", "linux", "macos", "darwin", "windows", "win32").get(os) + (arm ? "-aarch64" : "-x86-64")));
    }

    private void jlink(Path input, Path runtime) throws Exception {
        String found = run(List.of(tool("jdeps"), "-q", "--ignore-missing-deps", "--print-module-deps", "--multi-release", "17",
                "--recursive", "--class-path", input.resolve("lib") + java.io.File.separator + "*",
                input.resolve("career-agent.jar").toString())).strip();
        List<String> modules = new ArrayList<>(List.of(found.substring(found.lastIndexOf('\n') + 1).split(",")));
        EXTRA_MODULES.stream().filter(m -> !modules.contains(m)).forEach(modules::add);
        System.out.println("[installer] runtime modules: " + String.join(",", modules));
        run(List.of(tool("jlink"), "--add-modules", String.join(",", modules), "--strip-debug", "--no-man-pages",
                "--no-header-files", "--generate-cds-archive", "--output", runtime.toString()));
    }

    private Path appImage(List<String> common, Path dist) throws Exception {
        jpackage(common, "app-image");
        try (Stream<Path> images = Files.list(dist)) {
            return images.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    /**
     * One start under Xvfb writes the list of classes loaded; the .deb's postinst dumps the CDS archive from it
     * at the install path. Without xvfb-run the packages still work, only start without the app archive.
     */
    private void recordClassList(Path image) throws Exception {
        if (!onPath("xvfb-run")) {
            System.out.println("[installer] SKIPPED class list for the CDS archive: xvfb-run is not installed");
            return;
        }
        Path cfg = image.resolve("lib/app/career-agent.cfg");
        String original = Files.readString(cfg);
        Path list = image.resolve("lib/app/career-agent.classlist");
        Files.writeString(cfg, original.replace("[JavaOptions]",
                "[JavaOptions]\njava-options=-XX:DumpLoadedClassList=" + list));
        Path home = Files.createTempDirectory("career-agent-train");
        try {
            ProcessBuilder training = new ProcessBuilder("xvfb-run", "-a", image.resolve("bin/career-agent").toString(),
                    "--measure-startup").inheritIO();
            training.environment().put("CAREER_AGENT_HOME", home.toString());
            Process process = training.start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("The training start did not end in 180 s");
            }
        } finally {
            Files.writeString(cfg, original);
            deleteTree(home);
        }
        System.out.printf("[installer] class list: %d classes%n", Files.readAllLines(list).size());
    }

    /** The portable app image as a .tar.gz (unpack anywhere, no root needed). */
    private void archive(Path image, Path dist) throws Exception {
        String name = "career-agent-" + version + "-linux-" + (arm ? "aarch64" : "x64") + ".tar.gz";
        run(List.of("tar", "-czf", dist.resolve(name).toString(), "-C", image.getParent().toString(),
                image.getFileName().toString()));
    }

    private String cfg(String name) {
        return project.resolve("installer").resolve(name).toString();
    }

    private void jpackage(List<String> options, String type) throws Exception {
        List<String> command = new ArrayList<>(List.of(tool("jpackage"), "--type", type));
        command.addAll(options);
        long start = System.nanoTime();
        run(command);
        System.out.printf("[installer] jpackage --type %s: %d s%n", type, (System.nanoTime() - start) / 1_000_000_000);
    }

    private String run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private static String tool(String name) {
        Path home = Path.of(System.getProperty("java.home"));
        Path exe = home.resolve("bin").resolve(name + (osName().equals("windows") ? ".exe" : ""));
        return Files.exists(exe) ? exe.toString() : name;
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static String osName() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.contains("win") ? "windows" : name.contains("mac") ? "macos" : "linux";
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
