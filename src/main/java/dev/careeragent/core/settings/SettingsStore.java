package dev.careeragent.core.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings file: one JSON object in which each feature owns a part, read and written through its
 * {@link SettingsKey}. Saving writes a temporary file and renames it over the old one, so a crash never leaves half a
 * settings file; parts the app does not know (a newer version's) are kept as they are. A damaged file is kept aside
 * and defaults are used; a part that cannot be read gives that part's defaults and leaves the others alone.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);
    private final Path file;
    private final List<Listener<?>> listeners = new CopyOnWriteArrayList<>();
    private final Map<SettingsKey<?>, Object> cache = new HashMap<>();
    private ObjectNode tree;

    public SettingsStore(Path file) {
        this.file = file;
        this.tree = load();
    }

    /** Several parts changed in one write (e.g. Settings > Job sources saves the sources and the browser). */
    public interface Edit {
        <T> Edit put(SettingsKey<T> key, T value);
    }

    public synchronized <T> T get(SettingsKey<T> key) {
        if (!cache.containsKey(key)) {
            cache.put(key, read(tree, key));
        }
        return key.type().cast(cache.get(key));
    }

    public <T> void put(SettingsKey<T> key, T value) {
        update(edit -> edit.put(key, value));
    }

    /** Reads a part, changes it and writes it back, with no other change in between. */
    public <T> void update(SettingsKey<T> key, UnaryOperator<T> change) {
        update(edit -> edit.put(key, change.apply(get(key))));
    }

    /** Applies the edits and saves them in one atomic write; listeners of the parts that changed hear of it after. */
    public void update(Consumer<Edit> edits) {
        List<Runnable> notices = new ArrayList<>();
        synchronized (this) {
            ObjectNode changed = tree.deepCopy();
            edits.accept(new Edit() {
                @Override
                public <T> Edit put(SettingsKey<T> key, T value) {
                    JsonNode node = value == null ? NullNode.instance : json.valueToTree(value);
                    if (!key.isTopLevel()) {
                        changed.set(key.name(), node);
                    } else if (node instanceof ObjectNode fields) {
                        changed.setAll(fields);
                    }
                    return this;
                }
            });
            write(changed);
            ObjectNode before = tree;
            tree = changed;
            cache.clear();
            for (Listener<?> listener : listeners) {
                listener.noticeFor(read(before, listener.key()), this).ifPresent(notices::add);
            }
        }
        notices.forEach(Runnable::run);
    }

    /** {@code listener} hears the new value each time this part changes (not when another part does). */
    public <T> void addListener(SettingsKey<T> key, Consumer<T> listener) {
        listeners.add(new Listener<>(key, listener));
    }

    private record Listener<T>(SettingsKey<T> key, Consumer<T> consumer) {
        Optional<Runnable> noticeFor(Object before, SettingsStore store) {
            T now = store.get(key);
            return Objects.equals(before, now) ? Optional.empty() : Optional.of(() -> consumer.accept(now));
        }
    }

    private <T> T read(ObjectNode from, SettingsKey<T> key) {
        JsonNode node = key.isTopLevel() ? from : from.get(key.name());
        if (node == null || node.isNull()) {
            return key.defaults().get();
        }
        try {
            T value = json.treeToValue(node, key.type());
            return value == null ? key.defaults().get() : value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.warn("The settings' {} part could not be read ({}); using its defaults",
                    key.isTopLevel() ? key.type().getSimpleName() : key.name(), e.getMessage());
            return key.defaults().get();
        }
    }

    private ObjectNode load() {
        if (!Files.exists(file)) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            if (json.readTree(file.toFile()) instanceof ObjectNode object) {
                return object;
            }
            throw new IOException("it holds no JSON object");
        } catch (IOException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged");
            LOG.warn("Settings file {} could not be read ({}); kept it as {} and started with defaults",
                    file, e.getMessage(), aside);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("Could not move the damaged settings file aside", moveFailed);
            }
            return JsonNodeFactory.instance.objectNode();
        }
    }

    private void write(ObjectNode settings) {
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
