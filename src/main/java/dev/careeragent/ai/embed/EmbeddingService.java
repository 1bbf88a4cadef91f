package dev.careeragent.ai.embed;

import dev.careeragent.match.TextEmbedder;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process all-MiniLM-L6-v2 (quantised) sentence model that ships inside its jar ({@link MiniLmModel}): 384-dimension
 * unit vectors, no server, no download. The model loads on first use (about half a second to a few
 * seconds), so call {@link #warmUp()} from a background task, never from the UI thread. Thread-safe.
 */
public final class EmbeddingService implements TextEmbedder, AutoCloseable {

    public static final String MODEL_ID = "all-minilm-l6-v2-q";
    public static final int DIMENSIONS = 384;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingService.class);

    private final ExecutorService pool;
    private volatile EmbeddingModel model;

    /**
     * @param nativeCacheDir folder where the tokenizer's native library is unpacked (the app's cache folder,
     *                       not the home directory)
     * @param threads        texts embedded in parallel within one batch
     */
    public EmbeddingService(Path nativeCacheDir, int threads) {
        NativeLibraryOptions.apply(nativeCacheDir);
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "embedding-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Loads the model now (a no-op once loaded). Blocks; run it off the UI thread. */
    public void warmUp() {
        model();
    }

    public boolean isLoaded() {
        return model != null;
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String text : texts) {
            segments.add(TextSegment.from(text == null || text.isBlank() ? " " : text));
        }
        List<Embedding> embeddings = model().embedAll(segments).content();
        List<float[]> out = new ArrayList<>(embeddings.size());
        embeddings.forEach(e -> out.add(e.vector()));
        return out;
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    long start = System.nanoTime();
                    m = MiniLmModel.load(pool);
                    model = m;
                    LOG.info("Loaded embedding model {} in {} ms", MODEL_ID, (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return m;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
