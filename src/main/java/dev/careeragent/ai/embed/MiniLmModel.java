package dev.careeragent.ai.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;

/**
 * The all-MiniLM-L6-v2 (quantised) model files shipped in the jar of {@link AllMiniLmL6V2QuantizedEmbeddingModel},
 * run with one ONNX thread per run and no busy-waiting: runs are spread over the executor instead. This class is
 * langchain4j's encoder, kept for texts longer than one run reads (it splits them); {@link #direct()} runs
 * the other texts on the same session with less overhead.
 * The stock class lets every call spin all cores, which doubled the CPU time per text on a busy 2-core
 * machine (about 100 against 51 ms for 60 words, see docs/BENCHMARKS-match.md).
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;
    private final DirectEncoder direct;

    private MiniLmModel(Executor executor, OnnxBertBiEncoder encoder, DirectEncoder direct) {
        super(executor);
        this.encoder = encoder;
        this.direct = direct;
    }

    static MiniLmModel load(Executor executor) {
        try (InputStream model = resource(MODEL); InputStream tokenizerJson = resource(TOKENIZER)) {
            byte[] tokenizer = tokenizerJson.readAllBytes();
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = env.createSession(model.readAllBytes(), options);
            return new MiniLmModel(executor, new OnnxBertBiEncoder(env, session, new ByteArrayInputStream(tokenizer), PoolingMode.MEAN),
                    new DirectEncoder(env, session, new ByteArrayInputStream(tokenizer)));
        } catch (IOException e) {
            throw new UncheckedIOException("The embedding model could not be read from the application: " + e.getMessage(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("The embedding model could not be started (" + e.getMessage()
                    + "). Reinstall Career Agent; matching works without it, with less accurate scores.", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the application");
        }
        return in;
    }

    DirectEncoder direct() {
        return direct;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return EmbeddingService.DIMENSIONS;
    }
}
