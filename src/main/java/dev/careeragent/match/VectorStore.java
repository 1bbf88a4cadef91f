package dev.careeragent.match;

import java.util.Collection;
import java.util.Map;

/** Where cached vectors live, keyed by {@link ContentHash#ofEmbedding}: SQLite in the app, memory in the CLI and tests. */
public interface VectorStore {

    /** The stored vectors among {@code keys} (hex hashes); missing keys are absent from the map. */
    Map<String, QuantizedVector> find(Collection<String> keys);

    void putAll(String modelId, Map<String, QuantizedVector> vectors);
}
