package dev.careeragent.ui.shell;

import dev.careeragent.core.AppInfo;
import dev.careeragent.ui.common.Icons;
import dev.careeragent.ui.nav.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The left rail: the app mark, the feature pages, and Settings/About at the bottom. */
final class NavigationRail extends VBox {

    private final ToggleGroup group = new ToggleGroup();
    private final Map<String, ToggleButton> buttons = new HashMap<>();
    private final Consumer<String> onSelect;

    NavigationRail(Consumer<String> onSelect) {
        this.onSelect = onSelect;
        getStyleClass().add("nav-rail");
        setAlignment(Pos.TOP_CENTER);
    }

    /** Rebuilds the rail; {@code shortcuts} holds the keys shown in each page's tooltip. */
    void show(List<Page> pages, Map<String, List<KeyCombination>> shortcuts) {
        buttons.clear();
        group.getToggles().clear();
        Label mark = new Label("CA");
        mark.getStyleClass().add("app-mark");
        mark.setTooltip(new Tooltip(AppInfo.NAME));
        VBox main = new VBox(4);
        VBox footer = new VBox(4);
        for (Page page : pages) {
            ToggleButton button = button(page, shortcuts.getOrDefault(page.id(), List.of()));
            (page.placement() == Page.Placement.MAIN ? main : footer).getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        getChildren().setAll(mark, main, spacer, footer);
    }

    void select(String pageId) {
        ToggleButton button = buttons.get(pageId);
        if (button != null) {
            button.setSelected(true);
        }
    }

    private ToggleButton button(Page page, List<KeyCombination> keys) {
        ToggleButton button = new ToggleButton(page.title(), Icons.of(page.icon(), 22));
        button.setId("nav-" + page.id());
        button.getStyleClass().add("nav-item");
        button.setContentDisplay(ContentDisplay.TOP);
        button.setToggleGroup(group);
        button.setFocusTraversable(false);
        StringBuilder tip = new StringBuilder(page.title());
        keys.forEach(key -> tip.append("  (").append(key.getDisplayText()).append(')'));
        button.setTooltip(new Tooltip(tip.toString()));
        // A click on the page already shown must not unselect it.
        button.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (button.isSelected()) {
                e.consume();
            }
        });
        button.setOnAction(e -> onSelect.accept(page.id()));
        buttons.put(page.id(), button);
        return button;
    }
}
