package dev.careeragent.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTableTest {

    @Test
    void csvQuotesWhatNeedsQuotingAndLeavesUnknownValuesEmpty() {
        ChartTable table = new ChartTable("sources", "Outcomes", ChartTable.Kind.BAR, "Source", List.of("Sent", "Rate, %"), 1,
                List.of(new ChartTable.Row("Company \"site\"", Arrays.asList(3.0, 33.3333333)),
                        new ChartTable.Row("Line\nbreak", Arrays.asList(0.0, null))), null);

        assertThat(table.toCsv()).isEqualTo("Source,Sent,\"Rate, %\"\r\n\"Company \"\"site\"\"\",3,33.3333\r\n"
                + "\"Line\nbreak\",0,\r\n");
        assertThat(table.plottedSeries()).containsExactly("Sent");
        assertThat(table.isEmpty()).isFalse();
    }
}
