package dev.careeragent.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * Finds what a person cannot read in a laid-out scene: a label, button or column header whose text ends in its
 * ellipsis where the full text does not (a table or list cell's own text is the user's data, which a narrow column may
 * shorten: the detail beside it shows it whole; labels inside cells, such as score badges, are checked), and a control squeezed below its minimum width or outside the window with nothing
 * to scroll it into view. Call on the FX thread after a layout pass.
 */
public final class Truncation {

    private Truncation() {
    }

    public static List<String> problems(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<String> found = new ArrayList<>();
        walk(scene.getRoot(), scene, false, found);
        return found;
    }

    private static void walk(Node node, Scene scene, boolean scrollable, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled && !(node instanceof IndexedCell<?>)) {
            elided(labeled).ifPresent(shown -> found.add(describe(labeled) + " shows \"" + shown + "\" of \""
                    + labeled.getText() + "\""));
        }
        if (node instanceof Control control && control.getWidth() > 0) {
            double min = control.minWidth(-1);
            if (control.getWidth() + 1 < min) {
                found.add(describe(control) + " is " + Math.round(control.getWidth()) + " px wide, below its minimum "
                        + Math.round(min));
            }
            Bounds inScene = control.localToScene(control.getLayoutBounds());
            if (!scrollable && (inScene.getMaxX() > scene.getWidth() + 1 || inScene.getMaxY() > scene.getHeight() + 1)) {
                found.add(describe(control) + " reaches past the window's edge (" + Math.round(inScene.getMaxX()) + ", "
                        + Math.round(inScene.getMaxY()) + ")");
            }
        }
        if (node instanceof Parent parent) {
            boolean inside = scrollable || node instanceof ScrollPane || node.getStyleClass().contains("virtual-flow");
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, inside, found);
            }
        }
    }

    private static java.util.Optional<String> elided(Labeled labeled) {
        String full = labeled.getText();
        String ellipsis = labeled.getEllipsisString();
        if (full == null || full.isBlank() || ellipsis == null || ellipsis.isEmpty() || full.endsWith(ellipsis)) {
            return java.util.Optional.empty();
        }
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .map(Text::getText).filter(shown -> shown != null && !shown.equals(full) && shown.endsWith(ellipsis))
                .findFirst();
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled labeled && labeled.getText() != null ? " '" + labeled.getText() + "'" : "";
        String id = node.getId() != null ? "#" + node.getId() : "";
        return node.getClass().getSimpleName() + id + text;
    }
}
