package dev.careeragent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.core.DataFolder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher's fast path: a desktop start parses only the desktop options; everything else is the full command line. */
class LaunchTest {

    private final List<Object> started = new ArrayList<>();
    private final CareerAgentCommand.DesktopStarter desktop = new CareerAgentCommand.DesktopStarter() {
        @Override
        public int start(DataFolder folder, boolean measureStartup) {
            throw new AssertionError("the files must be passed on");
        }

        @Override
        public int start(DataFolder folder, boolean measureStartup, List<Path> files) {
            started.add(folder.root());
            started.add(measureStartup);
            started.add(files);
            return 7;
        }
    };

    @Test
    void noSubcommandAndNoHelpIsADesktopStart() {
        assertThat(Launch.isDesktopStart(new String[0])).isTrue();
        assertThat(Launch.isDesktopStart(new String[] {"--measure-startup", "--data-dir", "/tmp/x"})).isTrue();
        assertThat(Launch.isDesktopStart(new String[] {"/home/ann/cv.pdf"})).isTrue();
    }

    @Test
    void aSubcommandHelpOrVersionIsTheFullCommandLine() {
        assertThat(Launch.isDesktopStart(new String[] {"doctor"})).isFalse();
        assertThat(Launch.isDesktopStart(new String[] {"--data-dir", "/tmp/x", "resume", "parse", "cv.pdf"})).isFalse();
        assertThat(Launch.isDesktopStart(new String[] {"help"})).isFalse();
        assertThat(Launch.isDesktopStart(new String[] {"--help"})).isFalse();
        assertThat(Launch.isDesktopStart(new String[] {"-V"})).isFalse();
    }

    @Test
    void theDesktopStartGetsTheDataFolderTheMeasureFlagAndTheFiles() {
        int code = Launch.run(desktop, new String[] {"--data-dir", "/tmp/ca-launch", "--measure-startup", "/tmp/cv.pdf"});

        assertThat(code).isEqualTo(7);
        assertThat(started).containsExactly(Path.of("/tmp/ca-launch"), true, List.of(Path.of("/tmp/cv.pdf")));
    }

    @Test
    void anOptionTheDesktopStartDoesNotKnowGetsTheFullCommandLinesUsageAndExitCode2() {
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(Launch.run(desktop, new String[] {"--no-such-option"})).isEqualTo(2);
        } finally {
            System.setErr(before);
        }
        assertThat(started).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option: '--no-such-option'").contains("doctor");
    }
}
