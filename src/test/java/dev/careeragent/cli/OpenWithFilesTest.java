package dev.careeragent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.core.DataFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** "Open with Career Agent": the installers' file associations start the launcher with the resume's path. */
class OpenWithFilesTest {

    private final List<Path> opened = new ArrayList<>();

    private int launch(String... args) {
        return CareerAgentCommand.withEveryCommand(new CareerAgentCommand(new CareerAgentCommand.DesktopStarter() {
            @Override
            public int start(DataFolder folder, boolean measureStartup) {
                throw new AssertionError("the launcher must pass the files on");
            }

            @Override
            public int start(DataFolder folder, boolean measureStartup, List<Path> files) {
                opened.addAll(files);
                return 0;
            }
        })).execute(args);
    }

    @Test
    void filesGivenToTheLauncherReachTheDesktopImport() {
        assertThat(launch("/home/ann/Documents/CV 2026.pdf", "/tmp/cv.docx")).isZero();
        assertThat(opened).containsExactly(Path.of("/home/ann/Documents/CV 2026.pdf"), Path.of("/tmp/cv.docx"));
    }

    @Test
    void noFilesOpensTheAppWithNothingToImport() {
        assertThat(launch()).isZero();
        assertThat(opened).isEmpty();
    }
}
