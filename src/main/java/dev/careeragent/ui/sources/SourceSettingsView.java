package dev.careeragent.ui.sources;

import static dev.careeragent.ui.common.Forms.check;
import static dev.careeragent.ui.common.Forms.field;
import static dev.careeragent.ui.common.Forms.grid;
import static dev.careeragent.ui.common.Forms.heading;
import static dev.careeragent.ui.common.Forms.labelled;

import dev.careeragent.ui.common.Disclosure;
import dev.careeragent.ui.common.Forms;
import dev.careeragent.ui.common.Layouts;
import dev.careeragent.ui.common.SaveCancelBar;
import dev.careeragent.ui.jobs.SourceHealthItem;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Job sources block of the Settings page, bound to {@link SourceSettingsViewModel}. */
public final class SourceSettingsView extends VBox {

    public SourceSettingsView(SourceSettingsViewModel model) {
        super(16);
        setId("source-settings");
        getChildren().addAll(sources(model), boards(model), fetching(model), proxy(model), advanced(model), health(model),
                actions(model));
    }

    /** The source switches with LinkedIn's notice and opt-in (also the first-run guide's Sources step). */
    public static Node sources(SourceSettingsViewModel model) {
        VBox box = new VBox(8, heading("Sources"));
        for (SourceToggle source : model.sources()) {
            CheckBox on = check("source-" + source.id(), source.name(), source.enabled());
            if (!source.optIn()) {
                box.getChildren().add(on);
                continue;
            }
            on.disableProperty().bind(model.linkedInAcceptedProperty().not());
            Label notice = Layouts.muted(source.notice());
            notice.setWrapText(true);
            CheckBox accept = check("accept-" + source.id(), "I understand, and I use " + source.name() + " at my own risk",
                    model.linkedInAcceptedProperty());
            VBox optIn = new VBox(4, on, notice, accept);
            box.getChildren().add(optIn);
        }
        return box;
    }

    private static Node boards(SourceSettingsViewModel model) {
        GridPane grid = grid();
        int row = 0;
        for (String id : SourceSettingsViewModel.BOARD_SOURCES) {
            String name = model.sources().stream().filter(s -> s.id().equals(id)).map(SourceToggle::name).findFirst().orElse(id);
            grid.addRow(row++, new Label(name), field("boards-" + id, model.boardsProperty(id), "e.g. acme, globex"));
        }
        return new VBox(8, heading("Company boards"), Layouts.muted("The company's name in its job board's address, "
                + "separated by commas."), grid);
    }

    private static Node fetching(SourceSettingsViewModel model) {
        GridPane grid = grid();
        grid.addRow(0, new Label("Archive jobs not seen for"), labelled(field("archive-days", model.archiveDaysProperty(), "30"), new Label("days")));
        grid.addRow(1, new Label("Wait between pages of a site"), labelled(field("delay-min", model.delayMinProperty(), "3"),
                new Label("to"), field("delay-max", model.delayMaxProperty(), "7"), new Label("seconds")));
        grid.addRow(2, new Label("Browser"), field("browser-path", model.browserPathProperty(),
                "leave empty to use the installed Chrome, Edge or Chromium"));
        return new VBox(8, heading("Fetching"), grid);
    }

    private static Node proxy(SourceSettingsViewModel model) {
        GridPane grid = grid();
        PasswordField password = new PasswordField();
        password.setId("proxy-password");
        password.textProperty().bindBidirectional(model.proxyPasswordProperty());
        password.promptTextProperty().bind(model.proxyPasswordSavedProperty()
                .map(saved -> saved ? "saved; leave empty to keep it" : "the proxy password, if it needs one"));
        grid.addRow(0, new Label("Host"), field("proxy-host", model.proxyHostProperty(), "e.g. proxy.local"));
        grid.addRow(1, new Label("Port"), field("proxy-port", model.proxyPortProperty(), "3128"));
        grid.addRow(2, new Label("User name"), field("proxy-user", model.proxyUserProperty(), "if the proxy asks for one"));
        grid.addRow(3, new Label("Password"), password);
        grid.disableProperty().bind(model.proxyEnabledProperty().not());
        return new VBox(8, heading("Proxy"), check("proxy-enabled", "Reach job sites through an HTTP proxy",
                model.proxyEnabledProperty()), Layouts.muted("The password is kept in your system's keychain or an "
                + "encrypted file, never in the settings."), grid);
    }

    private static Node health(SourceSettingsViewModel model) {
        VBox lines = new VBox(6);
        lines.setId("source-settings-health");
        Runnable rebuild = () -> lines.getChildren().setAll(model.health().stream().map(h -> healthLine(model, h)).toList());
        model.health().addListener((ListChangeListener<SourceHealthItem>) change -> rebuild.run());
        rebuild.run();
        return new VBox(8, heading("Source health"), lines);
    }

    private static Node healthLine(SourceSettingsViewModel model, SourceHealthItem h) {
        Label name = new Label(h.name());
        name.setMinWidth(170);
        VBox text = new VBox(2, new Label(h.summary()));
        if (h.lastError() != null) {
            text.getChildren().add(new Disclosure(h.lastErrorHeadline(), h.lastError()));
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(12, name, text);
        line.setAlignment(Pos.CENTER_LEFT);
        if (h.paused()) {
            Button resume = new Button("Resume now");
            resume.setId("resume-" + h.sourceId());
            resume.setOnAction(e -> model.resume(h.sourceId()));
            line.getChildren().add(resume);
        }
        return line;
    }

    /** Each public API's address, for a site that moved or a local copy; closed until the user opens it. */
    private static Node advanced(SourceSettingsViewModel model) {
        GridPane grid = grid();
        int row = 0;
        for (String id : model.baseUrlSources()) {
            grid.addRow(row++, new Label(model.displayName(id)), field("base-url-" + id, model.baseUrlProperty(id),
                    "the source's own address"));
        }
        VBox content = new VBox(8, Layouts.muted("Change an address only when a site moved or you run a copy of its API: "
                + "http:// or https:// and a host. Empty uses the source's own address."), grid);
        TitledPane pane = new TitledPane("Advanced: source addresses", content);
        pane.setId("sources-advanced");
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }

    private static Node actions(SourceSettingsViewModel model) {
        Label status = Forms.status("sources-status", model.statusProperty(), model.statusOkProperty());
        return new SaveCancelBar("save-sources", "cancel-sources", model.form(), model.busyProperty(), model::save,
                model::cancel, status);
    }
}
