package dev.careeragent.ai.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.match.QuantizedVector;
import dev.careeragent.match.TestEmbedders;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingServiceTest {

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Test
    void embedsABatchInOrderAsUnitVectorsThatCarryMeaning() {
        EmbeddingService model = TestEmbedders.real();
        List<float[]> v = model.embedAll(List.of("Senior Java backend developer with Spring Boot",
                "Backend engineer writing Java services", "Certified public accountant preparing tax returns"));
        assertThat(model.isLoaded()).isTrue();
        assertThat(v).hasSize(3).allSatisfy(x -> {
            assertThat(x).hasSize(EmbeddingService.DIMENSIONS);
            assertThat(cosine(x, x)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        });
        assertThat(cosine(v.get(0), v.get(1))).isGreaterThan(cosine(v.get(0), v.get(2)) + 0.2);
        assertThat(model.embedAll(List.of())).isEmpty();
    }

    @Test
    void int8QuantisationKeepsCosinesWithinOneHundredth() {
        EmbeddingService model = TestEmbedders.real();
        List<float[]> v = model.embedAll(List.of("Data engineer building ETL pipelines in Python and SQL",
                "Analytics engineer modelling data with dbt and SQL", "Registered nurse in an intensive care unit"));
        for (float[] a : v) {
            for (float[] b : v) {
                double exact = cosine(a, b);
                double quantised = QuantizedVector.of(a).dot(b);
                assertThat(quantised).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.01));
                assertThat(QuantizedVector.fromBlob(QuantizedVector.of(a).toBlob()).dot(b)).isEqualTo((float) quantised);
            }
        }
        assertThat(QuantizedVector.of(v.get(0)).toBlob()).hasSize(EmbeddingService.DIMENSIONS + 4);
    }
}
