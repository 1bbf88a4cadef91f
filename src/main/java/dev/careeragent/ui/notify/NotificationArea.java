package dev.careeragent.ui.notify;

import atlantafx.base.theme.Styles;
import dev.careeragent.ui.common.Icons;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Toasts in the top-right corner of the main window: the newest few notices, each with open and dismiss. */
public final class NotificationArea extends StackPane {

    static final int VISIBLE = 3;

    private final NotificationCenter center;
    private final VBox stack = new VBox(8);

    public NotificationArea(NotificationCenter center) {
        this.center = center;
        setId("notification-area");
        stack.setMaxWidth(360);
        stack.setMaxHeight(Region.USE_PREF_SIZE);
        stack.setPickOnBounds(false);
        StackPane.setAlignment(stack, Pos.TOP_RIGHT);
        StackPane.setMargin(stack, new Insets(16));
        setPickOnBounds(false);
        getChildren().add(stack);
        center.notices().addListener((ListChangeListener<Notice>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        stack.getChildren().clear();
        center.notices().stream().limit(VISIBLE).map(this::toast).forEach(stack.getChildren()::add);
        int hidden = center.notices().size() - VISIBLE;
        if (hidden > 0) {
            Hyperlink more = new Hyperlink("Dismiss all (" + hidden + " more)");
            more.setId("dismiss-all-notices");
            more.setOnAction(e -> center.dismissAll());
            stack.getChildren().add(more);
        }
    }

    private VBox toast(Notice notice) {
        Label title = new Label(notice.title());
        title.getStyleClass().addAll(Styles.TEXT_BOLD, notice.kind() == Notice.Kind.PROBLEM ? Styles.DANGER : Styles.ACCENT);
        title.setWrapText(true);
        Label text = new Label(notice.text());
        text.setWrapText(true);
        Button close = new Button(null, Icons.of(Icons.CLOSE, 14));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "dismiss-notice");
        close.setTooltip(new Tooltip("Dismiss"));
        close.setOnAction(e -> center.dismiss(notice));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, close);
        head.setAlignment(Pos.TOP_LEFT);
        VBox toast = new VBox(4, head, text);
        if (notice.postingId() != null || notice.applicationId() != null) {
            Hyperlink open = new Hyperlink(notice.postingId() != null ? "Open posting" : "Open application");
            open.getStyleClass().add("open-notice");
            open.setOnAction(e -> center.open(notice));
            toast.getChildren().add(open);
        }
        toast.getStyleClass().addAll("notice", "notice-" + notice.kind().name().toLowerCase(Locale.ROOT));
        return toast;
    }
}
