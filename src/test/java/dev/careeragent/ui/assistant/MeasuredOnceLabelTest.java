package dev.careeragent.ui.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The remembered height follows the text and the width: a longer text or a narrower column makes the label taller. */
@ExtendWith(ApplicationExtension.class)
class MeasuredOnceLabelTest {

    private MeasuredOnceLabel label;
    private VBox column;

    @Start
    void start(Stage stage) {
        label = new MeasuredOnceLabel("one line");
        column = new VBox(label);
        column.setPrefWidth(300);
        column.setMaxWidth(300);
        stage.setScene(new Scene(new StackPane(column), 600, 600));
        stage.show();
    }

    private double height(FxRobot robot) {
        double[] h = new double[1];
        robot.interact(() -> {
            column.getScene().getRoot().applyCss();
            column.getScene().getRoot().layout();
            h[0] = label.getHeight();
        });
        return h[0];
    }

    @Test
    void itIsMeasuredAgainWhenTheTextOrTheWidthChanges(FxRobot robot) {
        double oneLine = height(robot);
        robot.interact(() -> label.setText("a text long enough to wrap over several lines in a column of three hundred"
                + " pixels, which it does, again and again, until it has taken four or five lines of the chat"));
        double wrapped = height(robot);
        assertThat(wrapped).isGreaterThan(oneLine * 2);
        robot.interact(() -> {
            column.setPrefWidth(120);
            column.setMaxWidth(120);
        });
        assertThat(height(robot)).isGreaterThan(wrapped);
        robot.interact(() -> label.setText("short"));
        assertThat(height(robot)).isEqualTo(oneLine);
    }
}
