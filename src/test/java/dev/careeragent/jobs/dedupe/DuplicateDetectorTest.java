package dev.careeragent.jobs.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.jobs.JobPosting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

    private static final String DESCRIPTION = "We are hiring a backend engineer to build payment services in Java and "
            + "Kotlin. You will design APIs, run them on Kubernetes, mentor two juniors and work with product managers "
            + "on a roadmap for merchants across Europe. We offer thirty days of holiday and a learning budget.";

    private static JobPosting.Builder posting() {
        return JobPosting.builder().source("linkedin").sourceId("1").url("https://www.linkedin.com/jobs/view/1")
                .title("Backend Engineer (m/w/d)").company("Payly GmbH").location("Berlin, Germany").city("Berlin")
                .country("DE").postedDate(LocalDate.of(2026, 3, 1)).descriptionText(DESCRIPTION);
    }

    @Test
    void sameSourceId() {
        DuplicateDetector d = new DuplicateDetector();
        d.add(posting().build());
        var match = d.add(posting().url("https://other").title("Totally different").descriptionText("x").build());
        assertThat(match).map(DuplicateMatch::reason).contains(DuplicateReason.SAME_SOURCE_ID);
    }

    @Test
    void sameCanonicalUrl() {
        DuplicateDetector d = new DuplicateDetector();
        d.add(posting().build());
        var match = d.add(posting().source("web").sourceId(null).title("x").company("y").descriptionText(null).build());
        assertThat(match).map(DuplicateMatch::reason).contains(DuplicateReason.SAME_URL);
    }

    @Test
    void sameCompanyTitleLocationWithin30Days() {
        DuplicateDetector d = new DuplicateDetector();
        d.add(posting().build());
        JobPosting indeed = posting().source("indeed").sourceId("abc").url("https://www.indeed.com/viewjob?jk=abc")
                .title("Backend Engineer").company("PAYLY").postedDate(LocalDate.of(2026, 3, 25))
                .descriptionText("Short teaser only.").build();
        assertThat(d.find(indeed)).map(DuplicateMatch::reason).contains(DuplicateReason.SAME_COMPANY_TITLE_LOCATION);
        JobPosting muchLater = indeed.toBuilder().postedDate(LocalDate.of(2026, 5, 1)).build();
        assertThat(d.find(muchLater)).isEmpty();
        JobPosting otherCity = indeed.toBuilder().city("Hamburg").location("Hamburg").build();
        assertThat(d.find(otherCity)).isEmpty();
    }

    @Test
    void nearIdenticalDescriptionAcrossBoards() {
        DuplicateDetector d = new DuplicateDetector();
        d.add(posting().build());
        JobPosting copy = JobPosting.builder().source("web").url("https://payly.example/careers/backend")
                .title("Backend Engineer - Payments").company("Payly Payments").city("Berlin")
                .descriptionText("About the job\n" + DESCRIPTION.replace("Java and Kotlin", "Java & Kotlin") + "\nApply now!")
                .build();
        var match = d.add(copy);
        assertThat(match).map(DuplicateMatch::reason).contains(DuplicateReason.NEAR_IDENTICAL_DESCRIPTION);
        assertThat(match.get().similarity()).isBetween(DuplicateDetector.DEFAULT_DESCRIPTION_THRESHOLD, 1.0);
        assertThat(d.groups()).hasSize(1);
        assertThat(d.groups().get(0).sourceLinks()).containsExactly("linkedin https://www.linkedin.com/jobs/view/1",
                "web https://payly.example/careers/backend");
    }

    @Test
    void sameTextForAnotherLevelIsADifferentJob() {
        DuplicateDetector d = new DuplicateDetector();
        d.add(posting().build());
        JobPosting senior = posting().source("web").sourceId(null).url("https://payly.example/senior")
                .title("Senior Backend Engineer").company("Payly").build();
        assertThat(d.add(senior)).isEmpty();
        assertThat(d.groups()).hasSize(2);
    }

    @Test
    void groupsKeepOrderAndEveryMember() {
        List<DuplicateGroup> groups = DuplicateDetector.group(List.of(posting().build(),
                posting().sourceId("2").url("https://www.linkedin.com/jobs/view/2").title("Data Analyst")
                        .descriptionText("Analyse data about merchants and write SQL reports for the finance team.").build(),
                posting().build()));
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).postings()).hasSize(2);
        assertThat(groups.get(1).primary().title()).isEqualTo("Data Analyst");
    }

    @Test
    void rejectsNonsenseThreshold() {
        assertThatThrownBy(() -> new DuplicateDetector(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold");
    }
}
