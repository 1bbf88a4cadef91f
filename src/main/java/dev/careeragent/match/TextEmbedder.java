package dev.careeragent.match;

import java.util.List;

/**
 * Turns texts into unit-length vectors. Matching owns this interface so it never depends on a model
 * library; the app plugs in the in-process MiniLM model ({@code dev.careeragent.ai.embed.EmbeddingService}).
 */
public interface TextEmbedder {

    /** Stable name of the model; part of every cache key, so changing models never mixes vectors. */
    String modelId();

    int dimensions();

    /** One vector per text, in order. Implementations batch the work; callers pass many texts at once. */
    List<float[]> embedAll(List<String> texts);
}
