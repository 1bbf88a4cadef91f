package dev.careeragent.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.ai.FakeLlmServer;
import dev.careeragent.ai.LlmConfig;
import dev.careeragent.ai.LlmConnector;
import dev.careeragent.ai.LlmProvider;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.letters.LetterStack;
import dev.careeragent.letters.export.LetterFormat;
import dev.careeragent.resume.model.PostingChoice;
import dev.careeragent.ui.FxCallbacks;
import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Letters page on a real database: write through the fake server (or the template), edit, export, read back. */
@ExtendWith(ApplicationExtension.class)
class LetterViewTest {

    private static final String MODEL_LETTER = "Dear Grace Hopper,\n\nAt Northwind Analytics I built Java and Spring Boot"
            + " services handling 2,000 requests per second.\n\nSincerely,\nAda Lovelace";

    @TempDir
    static Path dir;
    private final FakeLlmServer server = new FakeLlmServer();
    private static LetterStack stack;
    private ThreadPoolTaskExecutor tasks;

    /** The database and resume import take seconds on a busy machine: once, outside the FX setup. */
    @org.junit.jupiter.api.BeforeAll
    static void data() throws Exception {
        stack = new LetterStack(Files.createTempDirectory(dir, "db"));
    }

    @org.junit.jupiter.api.AfterAll
    static void closeData() {
        stack.close();
    }

    @Start
    void start(Stage stage) {
        tasks = new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC());
        LetterViewModel model = new LetterViewModel(stack.letters, stack.resumes::list,
                () -> List.of(new PostingChoice(stack.postingId, "Backend Engineer", "Fabrikam")), tasks, new FxCallbacks());
        LetterView view = new LetterView(model, format -> Optional.of(dir.resolve("letter-" + System.nanoTime() + "." + format.extension())),
                text -> { }, format -> Optional.empty());
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(view.node()), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        server.close();
    }

    @Test
    void aModelLetterIsStreamedEditedAndExportedToPdfAndDocx(FxRobot robot) throws Exception {
        server.then(FakeLlmServer.text(MODEL_LETTER));
        stack.model.set(new LlmConnector(LlmConfig.of(LlmProvider.OLLAMA, server.ollamaUrl(), "llama3.2:3b", null)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))));
        writeEditAndExport(robot, "At Northwind Analytics I built Java");
        assertThat(robot.lookup("#letter-usage").queryLabeled().getText()).contains("tokens");
    }

    @Test
    void withoutAModelTheTemplateLetterIsEditedAndExported(FxRobot robot) throws Exception {
        stack.model.set(new LlmConnector(LlmConfig.none()));
        writeEditAndExport(robot, "the Backend Engineer position at Fabrikam");
        assertThat(server.received()).isEmpty();
    }

    private void writeEditAndExport(FxRobot robot, String expected) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#letter-job").queryComboBox().getItems().isEmpty());
        robot.clickOn("#letter-write");
        TextArea editor = robot.lookup("#letter-text").queryAs(TextArea.class);
        waitFor(20, TimeUnit.SECONDS, () -> editor.getText().contains("Sincerely") && !robot.lookup("#letter-write").query().isDisabled());
        assertThat(editor.getText()).contains(expected);
        assertThat(robot.lookup("#letter-status").queryLabeled().getText()).contains("all found in your resume");

        robot.interact(() -> editor.positionCaret(editor.getText().indexOf("Sincerely")));
        robot.clickOn(editor);
        robot.interact(() -> editor.positionCaret(editor.getText().indexOf("Sincerely")));
        robot.write("Edited by hand.").type(KeyCode.ENTER).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.getText()).contains("Edited by hand.");

        robot.clickOn("#letter-export-pdf");
        Path pdf = waitForExport(robot, LetterFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Edited by hand.").contains("Ada Lovelace");
        }
        robot.clickOn("#letter-export-docx");
        Path docx = waitForExport(robot, LetterFormat.DOCX);
        try (XWPFDocument doc = new XWPFDocument(new FileInputStream(docx.toFile())); XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("Edited by hand.");
        }
    }

    private static void waitFor(long amount, TimeUnit unit, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(amount, unit, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; the page says: " + new FxRobot().lookup("#letter-status").queryLabeled().getText()
                    + " | text: " + new FxRobot().lookup("#letter-text").queryAs(TextArea.class).getText(), e);
        }
    }

    private static Path waitForExport(FxRobot robot, LetterFormat format) throws Exception {
        waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#letter-status").queryLabeled().getText().startsWith("Exported to")
                && robot.lookup("#letter-status").queryLabeled().getText().endsWith("." + format.extension() + "."));
        String status = robot.lookup("#letter-status").queryLabeled().getText();
        return Path.of(status.substring("Exported to ".length(), status.length() - 1));
    }
}
