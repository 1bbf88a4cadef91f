package dev.careeragent.ui.settings;

import atlantafx.base.theme.Styles;
import dev.careeragent.ui.common.FormSnapshot;
import dev.careeragent.ui.common.Layouts;
import dev.careeragent.ui.common.SaveCancelBar;
import dev.careeragent.ui.common.UnsavedChangesDialog;
import dev.careeragent.ui.desktop.Theme;
import dev.careeragent.ui.nav.PageView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Settings page: appearance, data folder, logging, then the sections features add. */
public final class SettingsView implements PageView {

    private final VBox sections = new VBox(20);
    private final List<Map.Entry<String, Node>> cards = new ArrayList<>();
    private final Node root;

    public SettingsView(SettingsViewModel model, ObservableList<SettingsSection> extra) {
        Label status = new Label();
        status.setId("settings-status");
        status.getStyleClass().add(Styles.DANGER);
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());

        add("Appearance", "Light, dark, or the same as your operating system.", new VBox(12,
                themeChooser(model), bar("save-appearance", "cancel-appearance", model.appearance(),
                        model::saveAppearance, model::cancelAppearance)));
        add("Data folder", "Your database, backups, logs and settings live here. "
                + "Start the app with --data-dir or set CAREER_AGENT_HOME to use another folder.", dataFolder(model));
        add("Logging", "How much detail goes into the log file. DEBUG and TRACE help when "
                + "you report a problem.", new VBox(12, logLevel(model), bar("save-logging", "cancel-logging",
                model.logging(), model::saveLogging, model::cancelLogging)));
        extra.forEach(this::addSection);
        extra.addListener((ListChangeListener<SettingsSection>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::addSection);
            }
        });
        root = Layouts.scrollingPage(Layouts.pageHeader("Settings", "Each section keeps your changes until you press its Save; Cancel puts back what "
                + "was saved."), status, sections);
    }

    /** Adds a titled section below the others. */
    public void addSection(SettingsSection section) {
        add(section.title(), null, section.content());
    }

    private void add(String title, String description, Node content) {
        Node card = Layouts.section(title, description, content);
        cards.add(Map.entry(title, card));
        sections.getChildren().add(card);
    }

    @Override
    public Node node() {
        return root;
    }

    /** With unsaved sections: "Save changes to ...?" Save (stays if a section refuses its values), Discard, or Cancel. */
    @Override
    public boolean mayLeave() {
        Map<String, List<SaveCancelBar>> unsaved = new LinkedHashMap<>();
        for (Map.Entry<String, Node> card : cards) {
            card.getValue().lookupAll("." + SaveCancelBar.STYLE_CLASS).stream().map(SaveCancelBar.class::cast)
                    .filter(SaveCancelBar::hasUnsavedChanges)
                    .forEach(bar -> unsaved.computeIfAbsent(card.getKey(), title -> new ArrayList<>()).add(bar));
        }
        if (unsaved.isEmpty()) {
            return true;
        }
        List<SaveCancelBar> bars = unsaved.values().stream().flatMap(List::stream).toList();
        return switch (UnsavedChangesDialog.ask(root.getScene().getWindow(), List.copyOf(unsaved.keySet()))) {
            case CANCEL -> false;
            case DISCARD -> {
                bars.forEach(SaveCancelBar::discardChanges);
                yield true;
            }
            case SAVE -> {
                bars.forEach(SaveCancelBar::saveChanges);
                yield bars.stream().noneMatch(bar -> bar.hasUnsavedChanges() && !bar.busy()); // refused: its status says why
            }
        };
    }

    private static Node themeChooser(SettingsViewModel model) {
        ToggleGroup group = new ToggleGroup();
        Map<Theme, ToggleButton> buttons = Map.of(
                Theme.LIGHT, themeButton("Light", "theme-light", Theme.LIGHT, group, Styles.LEFT_PILL),
                Theme.DARK, themeButton("Dark", "theme-dark", Theme.DARK, group, Styles.CENTER_PILL),
                Theme.SYSTEM, themeButton("Follow system", "theme-system", Theme.SYSTEM, group, Styles.RIGHT_PILL));
        buttons.get(model.themeProperty().get()).setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true); // one theme is always chosen
            } else {
                model.themeProperty().set((Theme) selected.getUserData());
            }
        });
        model.themeProperty().addListener((obs, old, theme) -> buttons.get(theme).setSelected(true));
        return new HBox(buttons.get(Theme.LIGHT), buttons.get(Theme.DARK), buttons.get(Theme.SYSTEM));
    }

    private static ToggleButton themeButton(String text, String id, Theme theme, ToggleGroup group, String pill) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setUserData(theme);
        button.setToggleGroup(group);
        button.getStyleClass().add(pill);
        return button;
    }

    private static Node bar(String saveId, String cancelId, FormSnapshot form, Runnable save, Runnable cancel) {
        return new SaveCancelBar(saveId, cancelId, form, new SimpleBooleanProperty(false), save, cancel, new Label());
    }

    private static Node dataFolder(SettingsViewModel model) {
        TextField path = new TextField(model.dataFolder().toString());
        path.setId("data-folder");
        path.setEditable(false);
        HBox.setHgrow(path, Priority.ALWAYS);
        Button open = new Button("Open");
        open.setId("open-data-folder");
        open.setMinWidth(Button.USE_PREF_SIZE);
        open.setOnAction(e -> model.openDataFolder());
        HBox row = new HBox(8, path, open);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Node logLevel(SettingsViewModel model) {
        ComboBox<String> levels = new ComboBox<>();
        levels.setId("log-level");
        levels.getItems().setAll(SettingsViewModel.LOG_LEVELS);
        levels.valueProperty().bindBidirectional(model.logLevelProperty());
        Label caption = new Label("Log level");
        HBox row = new HBox(12, caption, levels);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
