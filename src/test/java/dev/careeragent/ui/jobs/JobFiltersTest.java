package dev.careeragent.ui.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.search.JobQuery;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobFiltersTest {

    @Test
    void theMinimumSalaryIsReadLikeSalaryTextAndComparedPerYear() {
        assertThat(JobFilters.yearlySalary("90000")).isEqualTo(90_000d);
        assertThat(JobFilters.yearlySalary("90k")).isEqualTo(90_000d);
        assertThat(JobFilters.yearlySalary("90,000")).isEqualTo(90_000d);
        assertThat(JobFilters.yearlySalary("1,000k")).isEqualTo(1_000_000d);
        assertThat(JobFilters.yearlySalary("€5,000 a month")).isEqualTo(60_000d);
        assertThat(JobFilters.yearlySalary("50 an hour")).isEqualTo(104_000d);
    }

    @Test
    void anUnreadableSalaryFiltersNothing() {
        assertThat(JobFilters.yearlySalary("")).isNull();
        assertThat(JobFilters.yearlySalary("lots")).isNull();
        assertThat(JobFilters.yearlySalary(null)).isNull();
    }

    @Test
    void theFiltersMakeTheQueryAndClearKeepsTheSort() {
        JobFilters filters = new JobFilters();
        filters.searchText.set("java");
        filters.source.set("remotive");
        filters.postedWithinDays.set(7);
        filters.remote.set(RemoteMode.REMOTE);
        filters.minSalary.set("100k");
        filters.sort.set(JobQuery.Sort.NEWEST);
        filters.minScore.set(60);

        JobQuery query = filters.query(LocalDate.of(2026, 12, 7));
        assertThat(query.text()).isEqualTo("java");
        assertThat(query.sources()).isEqualTo(Set.of("remotive"));
        assertThat(query.postedSince()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(query.remote()).isEqualTo(Set.of(RemoteMode.REMOTE));
        assertThat(query.minYearlySalary()).isEqualTo(100_000d);

        filters.clear();
        JobQuery cleared = filters.query(LocalDate.of(2026, 12, 7));
        assertThat(cleared.text()).isEmpty();
        assertThat(cleared.sources()).isEmpty();
        assertThat(cleared.postedSince()).isNull();
        assertThat(cleared.minYearlySalary()).isNull();
        assertThat(cleared.sort()).isEqualTo(JobQuery.Sort.NEWEST);
        assertThat(filters.minScore.get()).isZero();
    }
}
