package dev.careeragent.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.letters.LetterFixtures;
import dev.careeragent.resume.export.JsonResumeExporter;
import dev.careeragent.resume.model.PostingChoice;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.jobs.JobsPage;
import dev.careeragent.ui.shell.MainWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Write cover letter" on the Jobs page opens the Letters page on that job and writes the draft (template, no model). */
@ExtendWith(ApplicationExtension.class)
class WriteLetterFromJobsTest {

    @TempDir
    Path dir;
    private AppContext context;
    private long postingId;

    @Start
    void start(Stage stage) throws Exception {
        List.copyOf(Window.getWindows()).stream().filter(window -> window != stage).forEach(Window::hide);
        context = TestApp.open(dir, new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        context.resumeService().importBytes(new JsonResumeExporter().export(LetterFixtures.RESUME).getBytes(StandardCharsets.UTF_8),
                "ada.json", null, "Ada");
        context.postings().save(LetterFixtures.POSTING.toBuilder().id(null).sourceId("older").title("Data Engineer").build());
        postingId = context.postings().save(LetterFixtures.POSTING.toBuilder().id(null).build()).id();
        new MainWindow(stage, TestApp.services(context), List.of(JobsPage.page(),
                LettersPage.page(context.letters(), context.resumeService(), context.ats()))).show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theLettersPageOpensOnTheSelectedJobAndWritesTheDraft(FxRobot robot) throws Exception {
        robot.clickOn("#nav-jobs");
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("Backend Engineer").tryQuery().isPresent());
        robot.clickOn("Backend Engineer");
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#job-write-letter").tryQuery().isPresent());

        robot.clickOn("#job-write-letter");

        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#letter-text").tryQuery()
                .map(n -> ((TextArea) n).getText().contains("Backend Engineer")).orElse(false));
        @SuppressWarnings("unchecked")
        ComboBox<PostingChoice> job = robot.lookup("#letter-job").queryAs(ComboBox.class);
        assertThat(job.getValue().id()).isEqualTo(postingId);
        String letter = robot.lookup("#letter-text").queryAs(TextArea.class).getText();
        assertThat(letter).contains("Fabrikam").contains("Ada Lovelace");
    }
}
