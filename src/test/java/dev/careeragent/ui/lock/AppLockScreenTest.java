package dev.careeragent.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.security.AppLock;
import dev.careeragent.security.SecretVault;
import dev.careeragent.security.SecretVaults;
import dev.careeragent.testing.Eventually;
import dev.careeragent.testing.MutableClock;
import dev.careeragent.ui.FxCallbacks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real lock screen over a window, on a real key file and vault, with the idle timer on a moving clock. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AppLockScreenTest {

    @TempDir
    static Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    private AppLock lock;
    private LockViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        AppLock setUp = new AppLock(dir, Optional::empty, clock);
        if (!setUp.passwordSet()) {
            SecretVaults.openLocked(dir, setUp, Optional::empty).put(SecretVault.SMTP_PASSWORD, "s3cret");
            setUp.setPassword(null, "open sesame".toCharArray());
            setUp.setIdleMinutes(5);
        }
        lock = new AppLock(dir, Optional::empty, clock); // as at the next start
        model = new LockViewModel(lock, new ThreadPoolTaskExecutor(1, new FxCallbacks(), e -> { }, Clock.systemUTC()), clock, () -> { });
        Label page = new Label("Jobs page");
        page.setId("app-page");
        scene = new Scene(new StackPane(page), 640, 400);
        LockScreen.install(scene, model);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void opensLockedUnlocksWithThePasswordAndLocksAgainWhenIdle(FxRobot robot) {
        assertThat(robot.lookup("#lock-screen").tryQuery()).isPresent();
        assertThat(robot.lookup("#app-page").tryQuery()).as("the pages are out of the scene").isEmpty();

        robot.clickOn("#lock-password").write("wrong password");
        robot.clickOn("#unlock");
        Eventually.waitUntil("the wrong password is refused", Duration.ofSeconds(10),
                () -> robot.lookup("#lock-message").queryAs(Label.class).getText().contains("not correct"));
        assertThat(model.lockedProperty().get()).isTrue();

        robot.clickOn("#lock-password").write("open sesame");
        robot.clickOn("#unlock");
        Eventually.waitUntil("unlocked", Duration.ofSeconds(10), () -> robot.lookup("#app-page").tryQuery().isPresent());
        assertThat(lock.vaultKey()).isNotNull();
        assertThat(SecretVaults.openLocked(dir, lock, Optional::empty).get(SecretVault.SMTP_PASSWORD)).contains("s3cret");

        clock.advance(Duration.ofMinutes(4));
        robot.interact(model::checkIdle);
        assertThat(robot.lookup("#app-page").tryQuery()).as("4 of 5 idle minutes: still open").isPresent();
        robot.moveTo("#app-page"); // input resets the idle timer
        clock.advance(Duration.ofMinutes(4));
        robot.interact(model::checkIdle);
        assertThat(robot.lookup("#app-page").tryQuery()).as("activity restarted the count").isPresent();
        clock.advance(Duration.ofMinutes(1));
        robot.interact(model::checkIdle);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lock-screen").tryQuery()).as("5 idle minutes: locked").isPresent();
        assertThat(robot.lookup("#app-page").tryQuery()).isEmpty();
    }
}
