package dev.careeragent.ui.notify;

import static dev.careeragent.testing.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.notify.settings.NotificationSettings;
import dev.careeragent.notify.settings.SmtpSecurity;
import dev.careeragent.security.SecretVault;
import dev.careeragent.security.SecretVaults;
import dev.careeragent.testing.DebugLogFile;
import dev.careeragent.testing.SecretScan;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.UiServices;
import dev.careeragent.ui.shell.MainWindow;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings > Notifications on real services: a test email reaches a local GreenMail; the password stays in the vault. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NotificationSettingsViewTest {

    private static final String USER = "seeker@example.com";
    private static final String PASSWORD = "Zq7-unique-ui-secret-42";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private AppContext context;
    private String keyringBefore;

    @Start
    void start(Stage stage) {
        keyringBefore = System.setProperty(SecretVaults.KEYRING_PROPERTY, "off"); // never the developer's keychain
        context = TestApp.open(dir.resolve("data"), new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        UiServices services = TestApp.services(context);
        MainWindow window = new MainWindow(stage, services);
        window.addSettingsSection("Notifications", new NotificationSettingsView(new NotificationSettingsViewModel(
                services.emailSettings(), services.emailSender(), services.settings(), services.tasks(), false)));
        window.show();
    }

    @AfterEach
    void close() {
        context.close();
        if (keyringBefore == null) {
            System.clearProperty(SecretVaults.KEYRING_PROPERTY);
        } else {
            System.setProperty(SecretVaults.KEYRING_PROPERTY, keyringBefore);
        }
    }

    @Test
    void aTestEmailArrivesAndThePasswordIsOnlyInTheVault(FxRobot robot) throws Exception {
        int port = freePort();
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        greenMail.setUser(USER, USER, PASSWORD);
        Path log = dir.resolve("log/debug.log");
        try (DebugLogFile ignored = new DebugLogFile(log)) {
            fillMailServer(robot, port);
            robot.interact(() -> robot.lookup("#smtp-password").queryAs(PasswordField.class).requestFocus());
            robot.write(PASSWORD);
            robot.clickOn("#send-test-email");
            waitUntil("the test email was reported", WAIT, () -> !status(robot).isEmpty());

            assertThat(status(robot)).startsWith("Test email sent to " + USER);
            assertThat(greenMail.getReceivedMessages()).singleElement()
                    .satisfies(m -> assertThat(m.getSubject()).contains("test email"));
            assertThat(robot.lookup("#smtp-password").queryAs(PasswordField.class).getText()).as("the field is cleared").isEmpty();
            SecretVault vault = context.agent().vault();
            assertThat(vault.get(SecretVault.SMTP_PASSWORD)).contains(PASSWORD);
        } finally {
            greenMail.stop();
        }
        context.close();
        Path data = dir.resolve("data");
        assertThat(Files.readString(data.resolve("settings.json"))).contains("127.0.0.1").doesNotContain(PASSWORD);
        assertThat(Files.readString(log)).as("the log saw the flow").contains("Saved mail server settings");
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(SecretVaults.VAULT_FILE))
                    .forEach(f -> assertThat(SecretScan.contains(f, PASSWORD, USER)).as(f.toString()).isFalse());
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsExplainedInPlainLanguage(FxRobot robot) throws Exception {
        int closedPort = freePort();
        fillMailServer(robot, closedPort);
        robot.clickOn("#send-test-email");
        waitUntil("the failure was reported", WAIT, () -> !status(robot).isEmpty());
        assertThat(status(robot)).startsWith("Nothing answered at 127.0.0.1:" + closedPort).doesNotContain("Exception");
    }

    @Test
    void aBadDigestTimeIsRefusedWithAMessageAndNotSaved(FxRobot robot) {
        fillMailServer(robot, 2525);
        robot.interact(() -> robot.lookup("#digest-time").queryAs(TextField.class).setText("25:00"));
        robot.clickOn("#save-notifications");
        assertThat(status(robot)).contains("\u201c25:00\u201d is not a time of day");
        assertThat(context.settings().get(NotificationSettings.KEY).smtp().host()).isNull();

        robot.interact(() -> robot.lookup("#digest-time").queryAs(TextField.class).setText("18:30"));
        robot.clickOn("#save-notifications");
        waitUntil("saved", WAIT, () -> "Saved.".equals(status(robot)));
        assertThat(context.settings().get(NotificationSettings.KEY).digest().sendAt()).isEqualTo("18:30");
        assertThat(context.settings().get(NotificationSettings.KEY).smtp().port()).isEqualTo(2525);
    }

    @Test
    void noSecurityWithALoginAsksFirstAndCancelKeepsThePreviousSecurity(FxRobot robot) {
        fillMailServer(robot, 2525);
        robot.interact(() -> security(robot).setValue(SmtpSecurity.SSL));
        robot.clickOn("#save-notifications");
        waitUntil("saved", WAIT, () -> "Saved.".equals(status(robot)));
        assertThat(context.settings().get(NotificationSettings.KEY).smtp().allowPlainTextPassword()).isFalse();

        chooseNoSecurity(robot);
        answerWarning(robot, "#plain-text-cancel");
        assertThat(security(robot).getValue()).isEqualTo(SmtpSecurity.SSL);

        chooseNoSecurity(robot);
        answerWarning(robot, "#plain-text-ok");
        assertThat(security(robot).getValue()).isEqualTo(SmtpSecurity.NONE);
        robot.interact(() -> robot.lookup(".page-scroll").queryAs(ScrollPane.class).setVvalue(1.0));
        robot.clickOn("#save-notifications");
        waitUntil("saved", WAIT, () -> "Saved.".equals(status(robot)));
        assertThat(context.settings().get(NotificationSettings.KEY).smtp())
                .satisfies(smtp -> assertThat(smtp.security()).isEqualTo(SmtpSecurity.NONE))
                .satisfies(smtp -> assertThat(smtp.allowPlainTextPassword()).isTrue());
    }

    @Test
    void aRefusedLoginFromTheServerIsShownAsOneLine(FxRobot robot) throws Exception {
        int port = freePort();
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        greenMail.setUser(USER, USER, "the-real-password");
        try {
            fillMailServer(robot, port);
            robot.interact(() -> robot.lookup("#smtp-password").queryAs(PasswordField.class).setText(PASSWORD));
            robot.clickOn("#send-test-email");
            waitUntil("the failure was reported", WAIT, () -> !status(robot).isEmpty());
            assertThat(status(robot)).contains("refused the user name or password").doesNotContain("\n", PASSWORD);
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        } finally {
            greenMail.stop();
        }
    }

    private static void fillMailServer(FxRobot robot, int port) {
        robot.clickOn("#nav-settings");
        robot.interact(() -> {
            robot.lookup("#smtp-host").queryAs(TextField.class).setText("127.0.0.1");
            robot.lookup("#smtp-port").queryAs(TextField.class).setText(String.valueOf(port));
            robot.lookup("#smtp-user").queryAs(TextField.class).setText(USER);
            robot.lookup("#smtp-from").queryAs(TextField.class).setText(USER);
            robot.lookup("#smtp-to").queryAs(TextField.class).setText(USER);
        });
        chooseNoSecurity(robot); // GreenMail speaks plain SMTP
        answerWarning(robot, "#plain-text-ok");
        robot.interact(() -> robot.lookup(".page-scroll").queryAs(ScrollPane.class).setVvalue(1.0)); // the buttons are at the bottom
    }

    /** Picks None as a user would; the warning dialog then waits for an answer, so this does not wait for it. */
    private static void chooseNoSecurity(FxRobot robot) {
        Platform.runLater(() -> security(robot).setValue(SmtpSecurity.NONE));
        waitUntil("the warning is shown", WAIT, () -> robot.lookup("#plain-text-ok").tryQuery().isPresent());
    }

    private static void answerWarning(FxRobot robot, String button) {
        robot.interact(() -> robot.lookup(button).queryAs(Button.class).fire());
        waitUntil("the warning is closed", WAIT, () -> robot.lookup("#plain-text-ok").tryQuery().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<SmtpSecurity> security(FxRobot robot) {
        return robot.lookup("#smtp-security").queryAs(ComboBox.class);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#notifications-status").queryAs(Label.class).getText();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
