package dev.careeragent.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vectors for texts, computed by the model only for texts it has not seen: each text is keyed by the
 * SHA-256 of model id and normalised text, looked up in the {@link VectorStore}, and only the misses
 * go to the model, in one batch. Thread-safe if the store is.
 */
public final class EmbeddingCache {

    private final TextEmbedder embedder;
    private final VectorStore store;

    public EmbeddingCache(TextEmbedder embedder, VectorStore store) {
        this.embedder = embedder;
        this.store = store;
    }

    public String key(String text) {
        return ContentHash.hex(ContentHash.ofEmbedding(embedder.modelId(), text));
    }

    public int dimensions() {
        return embedder.dimensions();
    }

    /** One vector per text, in order; unseen texts are embedded and stored. */
    public List<QuantizedVector> vectors(List<String> texts) {
        List<String> keys = new ArrayList<>(texts.size());
        texts.forEach(t -> keys.add(key(t)));
        Map<String, QuantizedVector> found = new LinkedHashMap<>(store.find(keys));
        Map<String, String> missing = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!found.containsKey(keys.get(i))) {
                missing.putIfAbsent(keys.get(i), texts.get(i));
            }
        }
        if (!missing.isEmpty()) {
            found.putAll(embedAndStore(missing));
        }
        List<QuantizedVector> out = new ArrayList<>(texts.size());
        keys.forEach(k -> out.add(found.get(k)));
        return out;
    }

    /** Keys among {@code texts} that are not cached yet (what an update would have to embed). */
    public int countMissing(Collection<String> texts) {
        List<String> keys = texts.stream().map(this::key).distinct().toList();
        return keys.size() - store.find(keys).size();
    }

    private Map<String, QuantizedVector> embedAndStore(Map<String, String> missing) {
        List<String> texts = new ArrayList<>(missing.values());
        List<float[]> vectors = embedder.embedAll(texts);
        Map<String, QuantizedVector> computed = new LinkedHashMap<>();
        int i = 0;
        for (String key : missing.keySet()) {
            computed.put(key, QuantizedVector.of(vectors.get(i++)));
        }
        store.putAll(embedder.modelId(), computed);
        return computed;
    }
}
