package dev.careeragent.ui.jobs;

import dev.careeragent.jobs.search.JobQuery.Sort;
import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.match.MatchResult;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.control.Tooltip;

/**
 * The jobs table: columns sort in the database (the view holds one page at a time), and rows near the end
 * of what is loaded ask for the next page. The Score column (the default sort) sorts in the view model.
 */
final class JobsTable {

    private JobsTable() {
    }

    static TableView<PostingRow> create(JobsViewModel model) {
        TableView<PostingRow> table = new TableView<>(model.rows());
        table.setId("jobs-table");
        table.getStyleClass().add("jobs-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<PostingRow, MatchResult> score = ScoreCells.column(model);
        table.getColumns().add(score);
        TableColumn<PostingRow, String> title = column("Title", Sort.TITLE, 200, PostingRow::title);
        title.setMinWidth(140);
        table.getColumns().add(title);
        table.getColumns().add(column("Company", Sort.COMPANY, 110, PostingRow::company));
        table.getColumns().add(column("Location", Sort.LOCATION, 110, PostingRow::location));
        table.getColumns().add(column("Source", Sort.SOURCE, 72, row -> JobFormats.sources(row.sources())));
        table.getColumns().add(column("Posted", Sort.NEWEST, 76, JobFormats::posted));
        table.getColumns().add(column("Salary", Sort.SALARY, 92, JobFormats::salary));
        table.getColumns().add(column("Remote", Sort.REMOTE, 78, row -> JobFormats.remote(row.remote())));
        // before the policy is set: setting it sorts at once, and an empty order would switch the score sort off
        if (model.sortByScoreProperty().get()) {
            table.getSortOrder().add(score);
        }
        table.setSortPolicy(t -> {
            TableColumn<PostingRow, ?> by = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            boolean byScore = by == score;
            Sort sort = by == null || byScore ? Sort.RELEVANCE : (Sort) by.getUserData();
            boolean ascending = by != null && by.getSortType() == TableColumn.SortType.ASCENDING;
            if (byScore != model.sortByScoreProperty().get() || sort != model.sortProperty().get()
                    || ascending != model.ascendingProperty().get()) {
                model.sortByScoreProperty().set(byScore);
                model.sortProperty().set(sort);
                model.ascendingProperty().set(ascending);
                model.refresh();
            }
            return true;
        });
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PostingRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("saved-row", "excluded-row");
                setTooltip(null);
                if (item != null && item.saved()) {
                    getStyleClass().add("saved-row");
                }
                MatchResult match = item == null ? null : model.score(item);
                if (match != null && match.excluded()) {
                    getStyleClass().add("excluded-row");
                    setTooltip(new Tooltip(ScoredRows.exclusionReason(match)));
                }
                if (item != null && getIndex() >= model.rows().size() - 20) {
                    model.loadMore();
                }
            }
        });
        model.scoresProperty().addListener((obs, old, now) -> table.refresh());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.select(row);
            }
        });
        return table;
    }

    /** Wide enough for the header's title and the sort arrow, so a narrow window never shows "Com...". */
    static double headerWidth(String title) {
        Text text = new Text(title);
        text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
        return Math.ceil(text.getLayoutBounds().getWidth()) + 30;
    }

    private static TableColumn<PostingRow, String> column(String title, Sort sort, double width,
            Function<PostingRow, String> value) {
        TableColumn<PostingRow, String> column = new TableColumn<>(title);
        column.setUserData(sort);
        column.setPrefWidth(width);
        column.setMinWidth(headerWidth(title));
        column.setCellValueFactory(cell -> text(value.apply(cell.getValue())));
        return column;
    }

    private static ObservableValue<String> text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
    }
}
