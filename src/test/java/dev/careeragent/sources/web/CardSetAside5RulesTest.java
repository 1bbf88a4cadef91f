package dev.careeragent.sources.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.SourceTesting;
import java.util.List;
import java.util.function.IntFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The general card rules of the set-aside-5 round, each on a small page of its own. */
class CardSetAside5RulesTest {

    private static final String[] ROLES = {"Sales Office Manager", "Java Developer", "Bus Driver", "Support Worker",
        "Customer Liaison Officer", "Senior Quantity Surveyor", "Associate Architect", "Support Planner",
        "Site Project Supervisor", "Senior Legal Counsel"};

    private static List<JobPosting> cards(IntFunction<String> card, int count, String title) {
        StringBuilder body = new StringBuilder("<div class=results>");
        for (int i = 0; i < count; i++) {
            body.append(card.apply(i));
        }
        String html = "<html><head><title>" + title + "</title></head><body>" + body + "</div></body></html>";
        return new JobCards(SourceTesting.normalizer()).read(Html.parse(html, null, "job"), "https://jobs.example/");
    }

    @Test
    void koreanHiringWordsMakeACardJobLike() {
        List<JobPosting> found = cards(i -> "<div class=card><a href='/Recruit/GI_Read/" + i + "'><span>자바 웹개발자 "
                + i + "기</span></a><span>회사 " + i + "</span><span>경력3년↑</span><span>04/25(토) 마감</span></div>",
                10, "웹개발자");
        assertThat(found).hasSize(10);
        assertThat(found.get(0).title()).isEqualTo("자바 웹개발자 0기");
    }

    @Test
    void aLogoLinkBeforeTheTitleIsNotTheCardsTitle() {
        List<JobPosting> found = cards(i -> "<div class=card><a href='/job/" + i + "'><img src='/logo/" + i
                + ".png'></a><a href='/job/" + i + "'>Weekend shift at the bakery, round " + i
                + "</a><span>Apply by 2026-01-0" + (i % 9 + 1) + "</span></div>", 10, "Shifts");
        assertThat(found).extracting(JobPosting::title).startsWith("Weekend shift at the bakery, round 0",
                "Weekend shift at the bakery, round 1");
    }

    @Test
    void aLinkToTheEmployersPageOnTheBoardNamesTheEmployer() {
        List<JobPosting> found = cards(i -> "<li class=item><h2><a href='/jobs/" + (1000 + i) + "-x/'>" + ROLES[i]
                + "</a></h2><p>Recruiter, Co-Founder в <a href='/jobs/company-employer-" + i + "-3d91a/'>Employer "
                + i + "</a></p><a href='https://board.example/careers'>See all jobs</a></li>", 10, "Jobs");
        assertThat(found).extracting(JobPosting::company).startsWith("Employer 0", "Employer 1");
        List<JobPosting> dashed = cards(i -> "<div class=row><h2><a href='/jobs/p/" + i + "-x'>" + ROLES[i]
                + "</a></h2><div><a href='https://board.example/jobs/careers/employer-" + i + "-egypt-143885'>Employer "
                + i + " -</a> <span>posted 2 days ago</span></div></div>", 10, "Jobs");
        assertThat(dashed).extracting(JobPosting::company).startsWith("Employer 0", "Employer 1");
    }

    @Test
    void aClassAbbreviatingCompanyNameHoldsTheEmployer() {
        List<JobPosting> found = cards(i -> "<li class=joblistli><h2><a href='/job-detail/" + i + "'>" + ROLES[i]
                + "</a></h2><h3 class='joblist-comp-name'>Employer " + i + "</h3></li>", 10, "Jobs");
        assertThat(found).extracting(JobPosting::company).startsWith("Employer 0", "Employer 1");
        List<JobPosting> module = cards(i -> "<div class='jobCard_jobCard__jjUmu'><strong><a href='/jobs/x/" + i + "'>"
                + ROLES[i] + "</a></strong><div class='jobCard_jobCard_cName__mYnow'><span>Employer " + i
                + "</span></div></div>", 10, "Jobs");
        assertThat(module).extracting(JobPosting::company).startsWith("Employer 0", "Employer 1");
    }

    @Test
    void aLogoNamedInKoreanNamesTheEmployer() {
        List<JobPosting> found = cards(i -> "<div class=card><a href='/job/" + i + "'>" + ROLES[i]
                + "</a><img alt='㈜회사" + i + " 로고' src='/l.png'></div>", 10, "Jobs");
        assertThat(found).extracting(JobPosting::company).startsWith("㈜회사0", "㈜회사1");
    }

    @Test
    void aLocationWordRunIntoTheNextWordOfAClassHoldsThePlace() {
        List<JobPosting> found = cards(i -> "<div class=card><a href='/job/" + i + "'>" + ROLES[i]
                + "</a><div class='jobCard_locationIcon__zrWt2'>Chennai<span>+1</span></div></div>", 10, "Jobs");
        assertThat(found).extracting(JobPosting::location).containsOnly("Chennai");
    }

    @Test
    void anEmptyIconWhoseClassNamesAPlaceMarksThePlaceBesideIt() {
        List<JobPosting> found = cards(i -> "<div class=card><a href='/job/" + i + "'>" + ROLES[i]
                + "</a><div class=chip><div class=box><span class='emoji--basicemoji-place2'></span></div>"
                + "<span>세종</span></div></div>", 10, "Jobs");
        assertThat(found).extracting(JobPosting::location).containsOnly("세종");
    }

    @Test
    void aCardLeadingToAnotherKindOfPageStaysWhenItsTitleNamesARole() {
        List<JobPosting> found = cards(i -> i < 10
                ? "<div class=row><h2><a href='/jobs/p/" + i + "-x'>" + ROLES[i] + "</a></h2><span>Cairo, Egypt</span></div>"
                : "<div class=row><h2><a href='/internship/abc-x'>Software Engineer Intern</a></h2>"
                        + "<span>Cairo, Egypt</span></div>", 11, "Jobs");
        assertThat(found).extracting(JobPosting::title).contains("Software Engineer Intern").hasSize(11);
    }

    @Test
    void aLongTextIsToldWithoutBuildingItAndBlankOrInvisibleCharactersDoNotCount() {
        Element letters = Jsoup.parse("<div>" + "a".repeat(601) + "</div>").selectFirst("div");
        Element spaced = Jsoup.parse("<div>" + "\u00a0 \u200b".repeat(400) + "<p>short</p></div>").selectFirst("div");
        assertThat(CardGroups.textUpTo(letters, 600)).isNull();
        assertThat(CardGroups.textUpTo(spaced, 600)).isEqualTo(spaced.text()).hasSizeLessThanOrEqualTo(600);
    }
}
