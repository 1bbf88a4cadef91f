package dev.careeragent.ui.shell;

import dev.careeragent.core.guard.AtomicFiles;
import dev.careeragent.ui.shell.WindowPlacement.Placement;
import dev.careeragent.ui.shell.WindowPlacement.Saved;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the main window's size and position per screen in a small file of the data folder
 * ({@code window.properties}) and puts the window back there on the next start ({@link WindowPlacement}).
 * A missing or unreadable file means the default size, centred. Use on the FX thread.
 */
public final class WindowMemory {

    public static final String FILE_NAME = "window.properties";
    static final Rectangle2D DEFAULT_SIZE = new Rectangle2D(0, 0, 1120, 740);
    private static final Logger LOG = LoggerFactory.getLogger(WindowMemory.class);
    private static final String LAST = "last.screen";
    private static final String SCREEN = "screen.";

    private final Path file;
    private final Map<String, Saved> saved = new LinkedHashMap<>();
    private Optional<String> lastScreen = Optional.empty();
    private Rectangle2D normalBounds;

    public WindowMemory(Path file) {
        this.file = file;
        load();
    }

    /** Places {@code stage} where it was last (before it shows), then follows its moves and saves when it hides. */
    public void restoreAndFollow(Stage stage) {
        Map<String, Rectangle2D> areas = new LinkedHashMap<>();
        Screen.getScreens().forEach(screen -> areas.put(WindowPlacement.screenKey(screen.getBounds()), screen.getVisualBounds()));
        Placement placement = WindowPlacement.place(saved, lastScreen, areas, Screen.getPrimary().getVisualBounds(), DEFAULT_SIZE);
        setBounds(stage, placement.bounds());
        normalBounds = placement.bounds();
        stage.setMaximized(placement.maximized());
        InvalidationListener track = changed -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                normalBounds = bounds(stage);
            }
        };
        stage.xProperty().addListener(track);
        stage.yProperty().addListener(track);
        stage.widthProperty().addListener(track);
        stage.heightProperty().addListener(track);
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, hiding -> save(stage));
    }

    /** Writes where {@code stage} is now (its last normal bounds, and whether it is maximized) under its screen. */
    public void save(Stage stage) {
        Rectangle2D normal = normalBounds != null ? normalBounds : bounds(stage);
        String screen = WindowPlacement.screenKey(screenOf(normal).getBounds());
        saved.put(screen, new Saved(normal, stage.isMaximized()));
        lastScreen = Optional.of(screen);
        write();
    }

    public static Rectangle2D bounds(Stage stage) {
        return new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    public static void setBounds(Stage stage, Rectangle2D bounds) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    private static Screen screenOf(Rectangle2D bounds) {
        return Screen.getScreensForRectangle(bounds.getMinX() + bounds.getWidth() / 2,
                bounds.getMinY() + bounds.getHeight() / 2, 1, 1).stream().findFirst().orElse(Screen.getPrimary());
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Window position not read from {}: {}", file, e.getMessage());
            return;
        }
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(SCREEN)) {
                parse(properties.getProperty(key)).ifPresent(entry -> saved.put(key.substring(SCREEN.length()), entry));
            }
        }
        lastScreen = Optional.ofNullable(properties.getProperty(LAST)).filter(saved::containsKey);
    }

    private static Optional<Saved> parse(String value) {
        String[] parts = value.split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            double width = Double.parseDouble(parts[2]);
            double height = Double.parseDouble(parts[3]);
            if (width < 1 || height < 1) {
                return Optional.empty();
            }
            return Optional.of(new Saved(new Rectangle2D(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), width,
                    height), Boolean.parseBoolean(parts[4])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void write() {
        Properties properties = new Properties();
        lastScreen.ifPresent(screen -> properties.setProperty(LAST, screen));
        saved.forEach((screen, entry) -> properties.setProperty(SCREEN + screen, (long) entry.bounds().getMinX() + ","
                + (long) entry.bounds().getMinY() + "," + (long) entry.bounds().getWidth() + ","
                + (long) entry.bounds().getHeight() + "," + entry.maximized()));
        try {
            StringWriter out = new StringWriter();
            properties.store(out, "Career Agent window position per screen");
            AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("Window position not saved to {}: {}", file, e.getMessage());
        }
    }
}
