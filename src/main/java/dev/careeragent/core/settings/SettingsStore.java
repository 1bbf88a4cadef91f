package dev.careeragent.core.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and saves {@link AppSettings} as JSON. Saving writes a temporary file and renames it over the
 * old one, so a crash never leaves half a settings file. A damaged file is kept aside and defaults are used.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;
    private final List<Consumer<AppSettings>> listeners = new CopyOnWriteArrayList<>();
    private volatile AppSettings current;

    public SettingsStore(Path file) {
        this.file = file;
        this.current = load();
    }

    public AppSettings get() {
        return current;
    }

    public synchronized void update(AppSettings settings) {
        write(settings);
        current = settings;
        listeners.forEach(l -> l.accept(settings));
    }

    public void addListener(Consumer<AppSettings> listener) {
        listeners.add(listener);
    }

    private AppSettings load() {
        if (!Files.exists(file)) {
            return AppSettings.defaults();
        }
        try {
            return json.readValue(file.toFile(), AppSettings.class);
        } catch (IOException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged");
            LOG.warn("Settings file {} could not be read ({}); kept it as {} and started with defaults",
                    file, e.getMessage(), aside);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("Could not move the damaged settings file aside", moveFailed);
            }
            return AppSettings.defaults();
        }
    }

    private void write(AppSettings settings) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            json.writeValue(temp.toFile(), settings);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save settings to " + file, e);
        }
    }
}
