package dev.careeragent.ui.dashboard;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * "Today": follow-ups, interviews, new high matches, offer deadlines, the last background runs and the sources that
 * need attention, each card saying what to do when empty.
 */
final class TodayCards {

    private TodayCards() {
    }

    static Node of(DashboardViewModel model) {
        DashboardViewModel.TodayLines today = model.today();
        Button applications = action("Open applications", "today-open-applications", model.canOpenApplicationsProperty(),
                model::openApplications);
        Button search = action("Search jobs", "today-search-jobs", model.canSearchJobsProperty(), model::searchJobs);
        FlowPane cards = new FlowPane(16, 16,
                card("today-followups", "Follow-ups due", today.followUps(), fixed(TodayText.NO_FOLLOW_UPS), applications),
                card("today-interviews", "Interviews this week", today.interviews(),
                        fixed(TodayText.NO_INTERVIEWS), null),
                card("today-matches", "New high matches since your last visit", today.newMatches(),
                        today.matchesEmptyNoteProperty(), search),
                card("today-offers", "Offers awaiting your answer", today.offers(),
                        fixed(TodayText.NO_OFFERS), null),
                card("today-runs", "Last background runs", today.runs(), fixed(TodayText.NO_RUNS), null),
                card("today-sources", "Sources needing attention", today.sources(), fixed(TodayText.NO_TROUBLE), null));
        cards.setId("today");
        Label title = new Label("Today");
        title.getStyleClass().addAll(Styles.TITLE_3, "section-title");
        VBox box = new VBox(10, title, cards);
        showWhen(box, model.loadedProperty());
        return box;
    }

    private static VBox card(String id, String title, ObservableList<String> lines, ObservableStringValue emptyNote,
            Button action) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        VBox list = new VBox(6);
        list.setId(id + "-list");
        lines.addListener((ListChangeListener<String>) c -> list.getChildren().setAll(lines.stream().map(TodayCards::line).toList()));
        Label empty = new Label();
        empty.setId(id + "-empty");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        empty.textProperty().bind(emptyNote);
        showWhen(empty, Bindings.isEmpty(lines));
        VBox card = new VBox(8, heading, list, empty);
        if (action != null) {
            card.getChildren().add(action);
        }
        card.setId(id);
        card.getStyleClass().add("section-card");
        card.setPrefWidth(380);
        return card;
    }

    private static ObservableStringValue fixed(String text) {
        return new javafx.beans.property.ReadOnlyStringWrapper(text);
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static Button action(String text, String id, ObservableBooleanValue available, Runnable command) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setOnAction(e -> command.run());
        showWhen(button, available);
        return button;
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
