package dev.careeragent.sources.api;

import static dev.careeragent.sources.SourceTesting.corpus;
import static dev.careeragent.sources.SourceTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.JobPosting.SalaryPeriod;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.SourceTesting;
import dev.careeragent.sources.arbeitnow.ArbeitnowParser;
import dev.careeragent.sources.ashby.AshbyApiParser;
import dev.careeragent.sources.greenhouse.GreenhouseApiParser;
import dev.careeragent.sources.greenhouse.GreenhouseBoardParser;
import dev.careeragent.sources.hackernews.HnHiringParser;
import dev.careeragent.sources.himalayas.HimalayasParser;
import dev.careeragent.sources.jobicy.JobicyParser;
import dev.careeragent.sources.lever.LeverApiParser;
import dev.careeragent.sources.remoteok.RemoteOkParser;
import dev.careeragent.sources.remotive.RemotiveParser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobApiParsersTest {

    private final PostingNormalizer n = SourceTesting.normalizer();

    @Test
    void greenhouseBoardPage() {
        List<JobPosting> jobs = new GreenhouseBoardParser(n).parse(corpus("jobs/html/ats/jobby__greenhouse_board_mirador.html"),
                "https://job-boards.greenhouse.io/embed/job_board?for=miradortherapeuticsinc");
        assertThat(jobs).hasSize(8);
        JobPosting first = jobs.get(0);
        assertThat(first.title()).isEqualTo("Senior Manager, CMC – Manufacturing and R&D - San Diego, CA");
        assertThat(first.company()).isEqualTo("Mirador Therapeutics, Inc.");
        assertThat(first.location()).isEqualTo("San Diego, CA");
        assertThat(first.region()).isEqualTo("CA");
        assertThat(first.country()).isEqualTo("US");
        assertThat(first.sourceId()).isEqualTo("5139831008");
        assertThat(first.jobFunction()).isEqualTo("CMC");
        assertThat(first.url()).isEqualTo("https://miradortx.com/careers?gh_jid=5139831008");
        assertThat(jobs.get(1).remote()).isEqualTo(RemoteMode.REMOTE);
        assertThat(jobs).allSatisfy(j -> assertThat(j.title()).doesNotContain("New"));
    }

    @Test
    void greenhouseApi() {
        List<JobPosting> jobs = new GreenhouseApiParser(n).parse(resource("/dev/careeragent/sources/api/greenhouse_jobs.json"),
                "https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true");
        assertThat(jobs).hasSize(2);
        JobPosting j = jobs.get(0);
        assertThat(j.source()).isEqualTo("greenhouse");
        assertThat(j.sourceId()).isEqualTo("4012345");
        assertThat(j.url()).isEqualTo("https://boards.greenhouse.io/acme/jobs/4012345");
        assertThat(j.company()).isEqualTo("Acme Corp");
        assertThat(j.country()).isEqualTo("DE");
        assertThat(j.jobFunction()).isEqualTo("Engineering");
        assertThat(j.postedDate()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(j.descriptionHtml()).contains("<li>Java 17</li>").doesNotContain("script", "alert");
        assertThat(j.descriptionText()).contains("• Kafka");
        assertThat(jobs.get(1).remote()).isEqualTo(RemoteMode.REMOTE);
        assertThat(jobs.get(1).country()).isEqualTo("US");
    }

    @Test
    void leverApi() {
        List<JobPosting> jobs = new LeverApiParser(n).parse(resource("/dev/careeragent/sources/api/lever_postings.json"),
                "https://api.lever.co/v0/postings/northwind?mode=json");
        JobPosting j = jobs.get(0);
        assertThat(j.source()).isEqualTo("lever");
        assertThat(j.title()).isEqualTo("Site Reliability Engineer");
        assertThat(j.company()).isEqualTo("northwind");
        assertThat(j.city()).isEqualTo("Toronto");
        assertThat(j.country()).isEqualTo("CA");
        assertThat(j.remote()).isEqualTo(RemoteMode.HYBRID);
        assertThat(j.employmentType()).isEqualTo("Full-time");
        assertThat(j.salaryMin()).isEqualByComparingTo("120000");
        assertThat(j.salaryCurrency()).isEqualTo("CAD");
        assertThat(j.salaryPeriod()).isEqualTo(SalaryPeriod.YEAR);
        assertThat(j.postedDate()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(j.descriptionText()).contains("Join our platform team", "• Run Kubernetes", "equal opportunities");
        assertThat(j.applyUrl()).endsWith("/apply");
        assertThat(jobs.get(1).employmentType()).isEqualTo("Contract");
        assertThat(jobs.get(1).remote()).isEqualTo(RemoteMode.REMOTE);
    }

    @Test
    void ashbyApi() {
        List<JobPosting> nango = new AshbyApiParser(n).parse(corpus("jobs/json/ashby/stapply__ashby_Nango.json"), null);
        assertThat(nango).hasSize(14);
        JobPosting j = nango.get(0);
        assertThat(j.title()).isEqualTo("Staff Backend Engineer (Remote, UK)");
        assertThat(j.company()).isEqualTo("Nango");
        assertThat(j.sourceId()).isEqualTo("4f0ab5c4-4bfe-4f3c-aa58-bca8fdd8c3ca");
        assertThat(j.country()).isEqualTo("GB");
        assertThat(j.remote()).isEqualTo(RemoteMode.REMOTE);
        assertThat(j.employmentType()).isEqualTo("Full-time");
        assertThat(j.salaryMin()).isEqualByComparingTo("120000");
        assertThat(j.salaryMax()).isEqualByComparingTo("200000");
        assertThat(j.salaryCurrency()).isEqualTo("USD");
        assertThat(j.salaryPeriod()).isEqualTo(SalaryPeriod.YEAR);
        assertThat(j.postedDate()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(j.descriptionText()).contains("Nango");
        JobPosting coder = new AshbyApiParser(n).parse(corpus("jobs/json/ashby/stapply__ashby_Coder.json"), null).get(0);
        assertThat(coder.company()).isEqualTo("Coder");
        assertThat(coder.city()).isEqualTo("London");
        assertThat(coder.salaryCurrency()).isEqualTo("GBP");
        assertThat(coder.salaryMin()).isEqualByComparingTo("103000");
    }

    @Test
    void remoteOk() {
        List<JobPosting> jobs = new RemoteOkParser(n).parse(corpus("jobs/json/api/remote-jobs-collector__remoteok.json"), null);
        assertThat(jobs).hasSize(4); // the first item is the legal notice
        JobPosting j = jobs.get(0);
        assertThat(j.title()).isEqualTo("Australian English Voice Actor Adelaide");
        assertThat(j.company()).isEqualTo("OpsArmy Careers");
        assertThat(j.country()).isEqualTo("AU");
        assertThat(j.remote()).isEqualTo(RemoteMode.REMOTE);
        assertThat(j.salaryMin()).isNull(); // 0 means none
        assertThat(j.postedDate()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(j.url()).isEqualTo("https://remoteok.com/remote-jobs/remote-australian-english-voice-actor-adelaide-opsarmy-careers-1134698");
    }

    @Test
    void remotive() {
        List<JobPosting> jobs = new RemotiveParser(n).parse(corpus("jobs/json/api/remote-jobs-collector__remotive.json"), null);
        assertThat(jobs).hasSize(4);
        JobPosting j = jobs.get(0);
        assertThat(j.company()).isEqualTo("Tribe Wellness");
        assertThat(j.salaryMin()).isEqualByComparingTo("55000");
        assertThat(j.salaryMax()).isEqualByComparingTo("100000");
        assertThat(j.employmentType()).isEqualTo("Full-time");
        assertThat(j.country()).isEqualTo("US");
        assertThat(jobs.get(3).employmentType()).isEqualTo("Part-time");
        assertThat(jobs.get(3).salaryMin()).isNull();
    }

    @Test
    void hackerNewsWhoIsHiring() {
        List<JobPosting> jobs = new HnHiringParser(n).parse(corpus("jobs/json/api/remote-jobs-collector__hn.json"), null);
        assertThat(jobs).extracting(JobPosting::company).containsExactly("Qase", "Wave", "Zeitlabs", "Trinsic", "ResortPass");
        JobPosting wave = jobs.get(1);
        assertThat(wave.title()).isEqualTo("On-Premises SRE");
        assertThat(wave.remote()).isEqualTo(RemoteMode.REMOTE);
        assertThat(wave.region()).isEqualTo("EMEA");
        assertThat(wave.employmentType()).isEqualTo("Permanent, Full-time");
        assertThat(wave.salaryMax()).isEqualByComparingTo("185500");
        assertThat(wave.url()).isEqualTo("https://news.ycombinator.com/item?id=48843116");
        JobPosting resort = jobs.get(4);
        assertThat(resort.city()).isEqualTo("New York");
        assertThat(resort.remote()).isEqualTo(RemoteMode.ON_SITE);
        assertThat(resort.salaryMin()).isEqualByComparingTo("160000");
        assertThat(resort.descriptionText()).contains("ResortPass");
    }

    @Test
    void himalayasAndJobicy() {
        List<JobPosting> him = new HimalayasParser(n).parse(corpus("jobs/json/api/remote-jobs-collector__himalayas.json"), null);
        assertThat(him).hasSize(4);
        JobPosting nvidia = him.stream().filter(j -> "NVIDIA".equals(j.company())).findFirst().orElseThrow();
        assertThat(nvidia.salaryMin()).isEqualByComparingTo("184000");
        assertThat(nvidia.salaryCurrency()).isEqualTo("USD");
        assertThat(nvidia.salaryPeriod()).isEqualTo(SalaryPeriod.YEAR);
        assertThat(him.get(0).country()).isEqualTo("US");
        assertThat(him.get(0).seniority()).isEqualTo("Senior");
        List<JobPosting> jobicy = new JobicyParser(n).parse(corpus("jobs/json/api/remote-jobs-collector__jobicy.json"), null);
        assertThat(jobicy).hasSize(4);
        assertThat(jobicy.get(0).employmentType()).isEqualTo("Contract");
        assertThat(jobicy.get(0).country()).isEqualTo("DE");
        assertThat(jobicy.get(2).industries()).containsExactly("Data Science & Analytics");
        assertThat(jobicy.get(3).salaryMin()).isEqualByComparingTo("151000");
        assertThat(jobicy.get(3).salaryPeriod()).isEqualTo(SalaryPeriod.YEAR);
    }

    @Test
    void arbeitnow() {
        String json = resource("/dev/careeragent/sources/api/arbeitnow_jobs.json");
        List<JobPosting> jobs = new ArbeitnowParser(n).parse(json, null);
        assertThat(jobs).hasSize(2);
        assertThat(jobs.get(0).employmentType()).isEqualTo("Part-time");
        assertThat(jobs.get(0).city()).isEqualTo("Berlin");
        assertThat(jobs.get(0).postedDate()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(jobs.get(1).remote()).isEqualTo(RemoteMode.REMOTE);
        assertThat(jobs.get(1).employmentType()).isEqualTo("Full-time");
        assertThat(ArbeitnowParser.nextPage(json)).endsWith("page=2");
    }

    @Test
    void brokenAnswersAreClearErrors() {
        assertThatThrownBy(() -> new RemotiveParser(n).parse("<html>Service unavailable</html>", null))
                .isInstanceOf(JobPageParseException.class).hasMessageContaining("Remotive").hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> new LeverApiParser(n).parse("{\"ok\":false,\"message\":\"Document not found\"}", null))
                .isInstanceOf(JobPageParseException.class).hasMessageContaining("Document not found");
        assertThatThrownBy(() -> new AshbyApiParser(n).parse("", null))
                .isInstanceOf(JobPageParseException.class).hasMessageContaining("empty");
    }
}
