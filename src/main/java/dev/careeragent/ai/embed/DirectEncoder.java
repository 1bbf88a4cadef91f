package dev.careeragent.ai.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * One text, one MiniLM run, straight on the ONNX session: tokenise once, run, mean-pool, unit length.
 * Same vectors as langchain4j's encoder (which tokenises each text three times and copies the output
 * into nested arrays) at about 5% less CPU. Texts are not batched into one run: this model quantises
 * activations per tensor, so a text's vector would depend on its batch-mates (cosine 0.985 to 0.995
 * against the single run), and padding made batches cost 35% more CPU per text (docs/BENCHMARKS-match.md).
 * Thread-safe.
 */
final class DirectEncoder {

    /** Tokens one run reads, [CLS] and [SEP] included; longer texts go through langchain4j, which splits them. */
    static final int MAX_TOKENS = 512;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    DirectEncoder(OrtEnvironment env, OrtSession session, InputStream tokenizerJson) throws IOException, OrtException {
        this.env = env;
        this.session = session;
        this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("padding", "false"));
        this.typeIds = session.getInputNames().contains("token_type_ids");
    }

    /** Token ids of a text with [CLS] and [SEP], as the model reads it. */
    long[] tokenIds(String text) {
        return tokenizer.encode(text, true, false).getIds();
    }

    /** The unit-length mean of the model's token outputs. */
    float[] embed(long[] ids) throws OrtException {
        long[] shape = {1, ids.length};
        long[] ones = new long[ids.length];
        java.util.Arrays.fill(ones, 1L);
        try (OnnxTensor inputIds = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor attention = OnnxTensor.createTensor(env, LongBuffer.wrap(ones), shape);
             OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", inputIds);
            inputs.put("attention_mask", attention);
            if (typeIds) {
                inputs.put("token_type_ids", types);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return meanPool(((OnnxTensor) result.get(0)).getFloatBuffer(), ids.length);
            }
        }
    }

    /** Sums the token outputs and scales to unit length (dividing by the token count first would change nothing). */
    private static float[] meanPool(FloatBuffer hidden, int tokens) {
        int dims = EmbeddingService.DIMENSIONS;
        float[] v = new float[dims];
        for (int t = 0; t < tokens; t++) {
            for (int d = 0; d < dims; d++) {
                v[d] += hidden.get(t * dims + d);
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < dims; d++) {
            v[d] *= scale;
        }
        return v;
    }
}
