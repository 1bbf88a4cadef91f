package dev.careeragent.match;

import dev.careeragent.ai.embed.EmbeddingService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Embedders for tests: the real in-process model (loaded once per test run) and a counting wrapper. */
public final class TestEmbedders {

    private static EmbeddingService real;

    private TestEmbedders() {
    }

    /** The real MiniLM model; its native tokenizer library is unpacked into a temporary folder. */
    public static synchronized EmbeddingService real() {
        if (real == null) {
            try {
                Path cache = Files.createTempDirectory("career-agent-djl");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(cache)));
                real = new EmbeddingService(cache, 2);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return real;
    }

    private static void deleteTree(Path root) {
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // best effort at JVM exit
        }
    }

    /** Counts texts sent to the model. */
    public static final class Counting implements TextEmbedder {
        private final TextEmbedder inner;
        public final AtomicInteger calls = new AtomicInteger();
        public final AtomicInteger texts = new AtomicInteger();

        public Counting(TextEmbedder inner) {
            this.inner = inner;
        }

        @Override
        public String modelId() {
            return inner.modelId();
        }

        @Override
        public int dimensions() {
            return inner.dimensions();
        }

        @Override
        public List<float[]> embedAll(List<String> list) {
            calls.incrementAndGet();
            texts.addAndGet(list.size());
            return inner.embedAll(list);
        }
    }

    /** A fast stand-in: hashed bag of words, unit length. Similar word sets give similar vectors. */
    public static final class BagOfWords implements TextEmbedder {
        @Override
        public String modelId() {
            return "bag-of-words-test";
        }

        @Override
        public int dimensions() {
            return 384;
        }

        @Override
        public List<float[]> embedAll(List<String> list) {
            List<float[]> out = new ArrayList<>();
            for (String text : list) {
                float[] v = new float[384];
                for (String w : text.toLowerCase(Locale.ROOT).split("\\W+")) {
                    if (!w.isEmpty()) {
                        v[Math.floorMod(w.hashCode(), 384)] += 1;
                    }
                }
                double norm = 0;
                for (float x : v) {
                    norm += x * x;
                }
                float n = (float) Math.max(1e-9, Math.sqrt(norm));
                for (int i = 0; i < v.length; i++) {
                    v[i] /= n;
                }
                out.add(v);
            }
            return out;
        }
    }
}
