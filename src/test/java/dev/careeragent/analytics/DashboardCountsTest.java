package dev.careeragent.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.tracker.model.ApplicationStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardCountsTest {

    @Test
    void thePipelineReadsInBoardOrderAndIsEmptyWhenNothingIsOpen() {
        DashboardCounts counts = new DashboardCounts(1, 10, 6, Map.of(ApplicationStatus.INTERVIEW, 1L,
                ApplicationStatus.SAVED, 3L, ApplicationStatus.APPLIED, 2L));

        assertThat(counts.pipelineLine()).isEqualTo("In progress: 3 Saved \u00b7 2 Applied \u00b7 1 Interview");
        assertThat(new DashboardCounts(0, 0, 0, Map.of()).pipelineLine()).isEmpty();
    }
}
