package dev.careeragent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.store.DatabaseException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DatabaseProblemDialogTest {

    @Start
    void start(Stage stage) {
        // Monocle fails to show a modal dialog over a window that has no scene.
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private static CompletableFuture<DatabaseProblemDialog.Choice> ask(DatabaseException problem) {
        CompletableFuture<DatabaseProblemDialog.Choice> choice = new CompletableFuture<>();
        Platform.runLater(() -> choice.complete(DatabaseProblemDialog.ask(problem)));
        WaitForAsyncUtils.waitForFxEvents();
        return choice;
    }

    @Test
    void aDamagedDatabaseWithABackupOffersTheRestore(FxRobot robot) throws Exception {
        DatabaseException problem = new DatabaseException(DatabaseException.Problem.CORRUPT,
                "The database file is damaged.", Path.of("backups", "career-agent-20240501.db"),
                new SQLException("database disk image is malformed"));
        CompletableFuture<DatabaseProblemDialog.Choice> choice = ask(problem);

        assertThat(robot.lookup(problem.userMessage()).tryQuery()).isPresent();
        robot.clickOn("Restore latest backup");

        assertThat(choice.get(5, TimeUnit.SECONDS)).isEqualTo(DatabaseProblemDialog.Choice.RESTORE_BACKUP);
    }

    @Test
    void withoutABackupTheOnlyWayOutIsQuit(FxRobot robot) throws Exception {
        DatabaseException problem = new DatabaseException(DatabaseException.Problem.LOCKED,
                "The database is locked.", null, new SQLException("database is locked"));
        CompletableFuture<DatabaseProblemDialog.Choice> choice = ask(problem);

        assertThat(robot.lookup("Restore latest backup").tryQuery()).isEmpty();
        assertThat(robot.lookup("Copy details").tryQuery()).isPresent();
        robot.clickOn("Quit");

        assertThat(choice.get(5, TimeUnit.SECONDS)).isEqualTo(DatabaseProblemDialog.Choice.QUIT);
    }
}
