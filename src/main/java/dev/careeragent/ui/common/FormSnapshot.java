package dev.careeragent.ui.common;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The saved state of a settings form, so every Settings section works the same way: edits wait for Save, Cancel
 * puts back what was saved, and {@link #dirtyProperty()} says whether there is anything to save or cancel.
 * The fields are a ViewModel's properties; revert sets them back in the order they were tracked.
 */
public final class FormSnapshot {

    private final List<Property<?>> fields = new ArrayList<>();
    private final Map<Property<?>, Object> saved = new IdentityHashMap<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();

    public FormSnapshot track(Property<?>... properties) {
        for (Property<?> field : properties) {
            fields.add(field);
            saved.put(field, field.getValue());
            field.addListener((obs, old, now) -> dirty.set(changed()));
        }
        return this;
    }

    public FormSnapshot track(List<? extends Property<?>> properties) {
        return track(properties.toArray(Property<?>[]::new));
    }

    /** What the fields hold now is what is saved (after loading or saving). */
    public void markSaved() {
        fields.forEach(field -> saved.put(field, field.getValue()));
        dirty.set(false);
    }

    /** Puts every field back to its saved value. */
    @SuppressWarnings("unchecked")
    public void revert() {
        for (Property<?> field : fields) {
            ((Property<Object>) field).setValue(saved.get(field));
        }
        dirty.set(changed());
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    private boolean changed() {
        return fields.stream().anyMatch(field -> !Objects.equals(field.getValue(), saved.get(field)));
    }
}
