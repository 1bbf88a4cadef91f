package dev.careeragent.ui.jobs;

import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.match.MatchResult;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** The Score column: a badge coloured by band, "–" when not scored, excluded jobs dimmed with the reason as tooltip. */
final class ScoreCells {

    static final String NOT_SCORED = "\u2013";

    private ScoreCells() {
    }

    static TableColumn<PostingRow, MatchResult> column(JobsViewModel model) {
        TableColumn<PostingRow, MatchResult> column = new TableColumn<>("Score");
        column.setId("score-column");
        column.setPrefWidth(64);
        column.setMinWidth(JobsTable.headerWidth("Score"));
        column.setMaxWidth(80);
        column.setSortType(TableColumn.SortType.DESCENDING);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(model.score(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(MatchResult match, boolean empty) {
                super.updateItem(match, empty);
                setText(null);
                setTooltip(null);
                setGraphic(empty ? null : badge(match));
                if (!empty && match != null && match.excluded()) {
                    setTooltip(new Tooltip(ScoredRows.exclusionReason(match)));
                }
            }
        });
        return column;
    }

    static Label badge(MatchResult match) {
        Label badge = new Label(match == null ? NOT_SCORED : match.excluded() ? "\u2014" : Integer.toString(match.badge()));
        badge.getStyleClass().add("score-badge");
        if (match != null) {
            badge.getStyleClass().add(styleOf(match));
        }
        return badge;
    }

    /** "score-high", "score-medium", "score-low" or "score-excluded". */
    static String styleOf(MatchResult match) {
        return "score-" + ScoredRows.band(match).name().toLowerCase(Locale.ROOT);
    }
}
