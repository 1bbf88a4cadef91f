package dev.careeragent.ui.resume;

import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.security.AccessControlContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * A file dragged from the desktop, for TestFX: fires the drag-over and drop events a real drag fires, with a
 * dragboard that holds the file. JavaFX has no public way to build a dragboard or a drop's state outside a
 * real drag, so both are made by reflection on the toolkit's own classes. Call on the FX thread.
 */
public final class FileDrag {

    private FileDrag() {
    }

    /** Returns whether the target accepted the drag over it. */
    public static boolean drop(EventTarget target, File file) {
        Dragboard board = dragboard(List.of(file));
        DragEvent over = withState(new DragEvent(DragEvent.DRAG_OVER, board, 400, 300, 400, 300, TransferMode.COPY,
                null, null, null));
        Event.fireEvent(target, over);
        Event.fireEvent(target, withState(new DragEvent(DragEvent.DRAG_DROPPED, board, 400, 300, 400, 300,
                TransferMode.COPY, null, null, null)));
        return over.isAccepted();
    }

    private static Dragboard dragboard(List<File> files) {
        try {
            Constructor<Dragboard> make = Dragboard.class.getDeclaredConstructor(TKClipboard.class);
            make.setAccessible(true);
            Dragboard board = make.newInstance(new Board());
            board.setContent(Map.of(DataFormat.FILES, files));
            return board;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DragEvent withState(DragEvent event) {
        try {
            Field state = DragEvent.class.getDeclaredField("state");
            Constructor<?> make = state.getType().getDeclaredConstructor();
            make.setAccessible(true);
            state.setAccessible(true);
            state.set(event, make.newInstance());
            return event;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An in-memory drag source offering copy and move. */
    private static final class Board implements TKClipboard {
        private final Map<DataFormat, Object> content = new HashMap<>();

        @Override
        @SuppressWarnings("removal")
        public void setSecurityContext(AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... items) {
            for (Pair<DataFormat, Object> item : items) {
                content.put(item.getKey(), item.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY, TransferMode.MOVE);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
