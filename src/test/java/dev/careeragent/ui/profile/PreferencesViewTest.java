package dev.careeragent.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.match.Seniority;
import dev.careeragent.profile.ScoreWeights;
import dev.careeragent.profile.TargetLevel;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings > Profile and preferences: level, companies and words to avoid and the weights, edited and saved by hand. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PreferencesViewTest {

    @TempDir
    Path dir;

    private AppContext context;

    @Start
    void start(Stage stage) {
        context = TestApp.open(dir, new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        stage.setScene(new Scene(new ScrollPane(new PreferencesView(new PreferencesViewModel(context.profile(), context.tasks()))),
                900, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theUsersLevelAvoidListAndWeightsAreSavedAndScoreTheJobs(FxRobot robot) throws Exception {
        ComboBox<TargetLevel> level = robot.lookup("#pref-level").queryAs(ComboBox.class);
        assertThat(level.getConverter().toString(level.getValue())).isEqualTo("Any level");
        robot.interact(() -> level.setValue(TargetLevel.LEAD));
        robot.clickOn("#pref-avoid-companies").write("Initech; Acme, Inc.");
        robot.clickOn("#pref-avoid-words").write("crypto");
        robot.doubleClickOn("#weight-skills .text-field").push(KeyCode.CONTROL, KeyCode.A).write("55").push(KeyCode.ENTER);
        robot.doubleClickOn("#weight-preferences .text-field").push(KeyCode.CONTROL, KeyCode.A).write("0").push(KeyCode.ENTER);
        robot.doubleClickOn("#weight-fit .text-field").push(KeyCode.CONTROL, KeyCode.A).write("lots").push(KeyCode.ENTER);
        assertThat(robot.lookup("#weight-fit").queryAs(Spinner.class).getValue()).as("not a number: kept").isEqualTo(20);
        robot.clickOn("#pref-save");

        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pref-status").queryAs(Label.class).getText().startsWith("Saved."));
        assertThat(context.profile().preferences().weights()).isEqualTo(new ScoreWeights(55, 35, 20, 0));
        assertThat(context.profile().preferences().avoidCompanies()).containsExactly("Initech", "Acme, Inc.");
        assertThat(context.matching().preferences().level()).isEqualTo(Seniority.LEAD);
        assertThat(context.matching().preferences().avoidWords()).containsExactly("crypto");
        assertThat(context.matching().weights().skills()).isEqualTo(0.55);
        assertThat(context.matching().weights().preferences()).isZero();

        robot.clickOn("#weight-reset");
        robot.clickOn("#pref-save");
        waitFor(10, TimeUnit.SECONDS, () -> context.profile().preferences().weights().equals(ScoreWeights.defaults()));
    }
}
