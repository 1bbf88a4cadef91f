package dev.careeragent.match;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link VectorStore} for one run (the command line, tests). */
public final class InMemoryVectorStore implements VectorStore {

    private final Map<String, QuantizedVector> vectors = new ConcurrentHashMap<>();

    @Override
    public Map<String, QuantizedVector> find(Collection<String> keys) {
        Map<String, QuantizedVector> found = new HashMap<>();
        for (String key : keys) {
            QuantizedVector v = vectors.get(key);
            if (v != null) {
                found.put(key, v);
            }
        }
        return found;
    }

    @Override
    public void putAll(String modelId, Map<String, QuantizedVector> batch) {
        vectors.putAll(batch);
    }

    public int size() {
        return vectors.size();
    }
}
