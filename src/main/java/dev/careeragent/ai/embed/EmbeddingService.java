package dev.careeragent.ai.embed;

import dev.careeragent.match.TextEmbedder;
import dev.langchain4j.data.segment.TextSegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
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
    private final int threads;
    private volatile MiniLmModel model;

    /**
     * @param nativeCacheDir folder where the tokenizer's native library is unpacked (the app's cache folder,
     *                       not the home directory)
     * @param threads        texts embedded in parallel within one call
     */
    public EmbeddingService(Path nativeCacheDir, int threads) {
        NativeLibraryOptions.apply(nativeCacheDir);
        this.threads = Math.max(1, threads);
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.threads, r -> {
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

    /** Texts are spread over the threads, one model run each; the rare texts longer than one run reads go through {@link #embedEach}. */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        DirectEncoder encoder = model().direct();
        float[][] out = new float[texts.size()][];
        List<Callable<Void>> runs = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            int at = i;
            String text = readable(texts.get(i));
            runs.add(() -> {
                long[] ids = encoder.tokenIds(text);
                out[at] = ids.length > DirectEncoder.MAX_TOKENS ? embedEach(List.of(text)).get(0) : encoder.embed(ids);
                return null;
            });
        }
        runAll(runs);
        return Arrays.asList(out);
    }

    /** langchain4j's encoder: one model run per text, per 510 tokens of a long text. */
    List<float[]> embedEach(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        texts.forEach(t -> segments.add(TextSegment.from(readable(t))));
        List<float[]> out = new ArrayList<>(texts.size());
        model().embedAll(segments).content().forEach(e -> out.add(e.vector()));
        return out;
    }

    private static String readable(String text) {
        return text == null || text.isBlank() ? " " : text;
    }

    private void runAll(List<Callable<Void>> runs) {
        try {
            for (Future<Void> f : pool.invokeAll(runs)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Embedding was interrupted; try again.", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The embedding model failed on a text (" + e.getCause().getMessage()
                    + "). Matching falls back to less accurate scores; restart Career Agent if this persists.", e.getCause());
        }
    }

    private MiniLmModel model() {
        MiniLmModel m = model;
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
