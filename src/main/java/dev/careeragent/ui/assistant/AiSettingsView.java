package dev.careeragent.ui.assistant;

import atlantafx.base.theme.Styles;
import dev.careeragent.ai.LlmProvider;
import dev.careeragent.ui.common.SaveCancelBar;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Settings -> AI section: provider, address, model list, key, save and test. */
public final class AiSettingsView {

    private final VBox root = new VBox(10);

    public AiSettingsView(AiSettingsViewModel model) {
        ComboBox<LlmProvider> provider = new ComboBox<>();
        provider.setId("ai-provider");
        provider.getItems().setAll(model.providers());
        provider.valueProperty().bindBidirectional(model.providerProperty());
        TextField baseUrl = new TextField();
        baseUrl.setId("ai-base-url");
        baseUrl.setPromptText("http://localhost:11434");
        baseUrl.textProperty().bindBidirectional(model.baseUrlProperty());
        ComboBox<String> modelName = new ComboBox<>(model.models());
        modelName.setId("ai-model");
        modelName.setEditable(true);
        modelName.setPromptText("model name, e.g. llama3.2:3b");
        modelName.valueProperty().bindBidirectional(model.modelProperty());
        PasswordField key = new PasswordField();
        key.setId("ai-api-key");
        key.promptTextProperty().bind(Bindings.when(model.keyStoredProperty()).then("stored in the vault; type to replace")
                .otherwise("API key (kept in the secret vault)"));
        key.textProperty().bindBidirectional(model.apiKeyProperty());
        Button list = new Button("List models");
        list.setId("ai-list-models");
        list.setOnAction(e -> model.refreshModels());
        Button test = new Button("Test connection");
        test.setId("ai-test");
        test.setOnAction(e -> model.testConnection());
        Node[] needsServer = {baseUrl, modelName, list, test};
        for (Node n : needsServer) {
            n.disableProperty().bind(model.providerProperty().isEqualTo(LlmProvider.NONE).or(model.busyProperty()));
        }
        key.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.providerProperty().get().speaksOpenAi(),
                model.providerProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Provider"), provider);
        grid.addRow(1, new Label("Base URL"), baseUrl);
        grid.addRow(2, new Label("Model"), new HBox(8, modelName, list));
        grid.addRow(3, new Label("API key"), key);
        Label status = new Label();
        status.setId("ai-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        model.failedProperty().addListener((obs, was, failed) -> {
            status.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            status.getStyleClass().add(failed ? Styles.DANGER : Styles.SUCCESS);
        });
        Label help = new Label("None keeps everything on built-in rules. Ollama runs models on this computer; OpenAI and "
                + "compatible servers (LM Studio, vLLM, llama.cpp) need an address ending in /v1.");
        help.setWrapText(true);
        help.getStyleClass().add(Styles.TEXT_MUTED);
        root.getChildren().addAll(help, grid, new SaveCancelBar("ai-save", "ai-cancel", model.form(), model.busyProperty(),
                model::save, model::cancel, status, test));
        root.setPadding(new Insets(4, 0, 0, 0));
    }

    public Node node() {
        return root;
    }
}
