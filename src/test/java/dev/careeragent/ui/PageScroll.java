package dev.careeragent.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;

/** Brings a node of a long page (Settings) into view before a test clicks it, whatever the window size. */
public final class PageScroll {

    private PageScroll() {
    }

    public static void clickOn(FxRobot robot, String query) {
        into(robot, query);
        robot.clickOn(query);
    }

    /** Scrolls the page so the node is in view, then focuses it. */
    public static void into(FxRobot robot, String query) {
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            ScrollPane scroll = robot.lookup(".page-scroll").queryAs(ScrollPane.class);
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
            double y = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double viewport = scroll.getViewportBounds().getHeight();
            scroll.setVvalue(contentHeight <= viewport ? 0 : Math.min(1, Math.max(0, (y - 20) / (contentHeight - viewport))));
            node.requestFocus();
        });
    }
}
