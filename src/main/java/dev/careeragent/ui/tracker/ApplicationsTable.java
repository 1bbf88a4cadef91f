package dev.careeragent.ui.tracker;

import dev.careeragent.tracker.model.Application;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import java.util.function.Function;

/** The table: every application, sortable by any column, filtered by the page's search box and status filter. */
final class ApplicationsTable extends TableView<Application> {

    ApplicationsTable(ApplicationsViewModel model) {
        setId("applications-table");
        SortedList<Application> sorted = new SortedList<>(model.tableRows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        getColumns().add(column("Company", Application::company));
        getColumns().add(column("Title", Application::title));
        getColumns().add(column("Status", a -> a.status().label()));
        getColumns().add(column("Applied", Application::appliedOn));
        getColumns().add(column("Channel", Application::channel));
        getColumns().add(column("Updated", a -> a.updatedAt() == null ? null : LocalDate.ofInstant(a.updatedAt(),
                java.time.ZoneId.systemDefault())));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No application matches. Track a job from the Jobs page."));
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            Application shown = getSelectionModel().getSelectedItem();
            if (b != null && (shown == null || !shown.id().equals(b.id()))) {
                getItems().stream().filter(row -> row.id().equals(b.id())).findFirst().ifPresent(row -> {
                    getSelectionModel().select(row);
                    scrollTo(row);
                });
            }
        });
    }

    private static <T extends Comparable<? super T>> TableColumn<Application, T> column(String title, Function<Application, T> value) {
        TableColumn<Application, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
