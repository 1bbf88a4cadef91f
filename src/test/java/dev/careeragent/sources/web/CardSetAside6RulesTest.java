package dev.careeragent.sources.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.PageJobs;
import dev.careeragent.sources.SourceTesting;
import dev.careeragent.sources.catalog.JobPageParser;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The general card rules of the set-aside-6 round, each on a small page of its own. */
class CardSetAside6RulesTest {

    private static final String[] ROLES = {"Sales Office Manager", "Java Developer", "Bus Driver", "Support Worker",
        "Customer Liaison Officer", "Senior Quantity Surveyor", "Associate Architect", "Support Planner",
        "Site Project Supervisor", "Senior Legal Counsel", "Data Analyst", "Staff Nurse"};

    private static List<JobPosting> cards(IntFunction<String> card, int count, String title, String before, String after) {
        StringBuilder body = new StringBuilder(before);
        for (int i = 0; i < count; i++) {
            body.append(card.apply(i));
        }
        String html = "<html><head><title>" + title + "</title></head><body>" + body + after + "</body></html>";
        return new JobCards(SourceTesting.normalizer()).read(Html.parse(html, null, "job"), "https://jobs.example/");
    }

    private static List<JobPosting> cards(IntFunction<String> card, int count) {
        return cards(card, count, "Board", "<div class=results>", "</div>");
    }

    @Test
    void payAfterTheAmountAgoAndEmploymentInOtherLanguagesMakeACardJobLike() {
        String[] shown = {"CDI", "il y a 3 heures", "15K à 30K €", "Přidáno před 18 minutami", "Vollzeit", "plný úvazek"};
        List<JobPosting> found = cards(i -> "<div class=offre><a href='/offres/" + i + "'><h2>Chargé de communication "
                + i + "</h2></a> <span>Maison " + i + "</span> <span>" + shown[i % shown.length] + "</span></div>", 12);
        assertThat(found).hasSize(12);
    }

    @Test
    void aRowWhoseOnlyLinkSaysHowLongAgoIsALineUnderAJob() {
        List<JobPosting> found = cards(i -> "<tr class=athing><td><a href='https://acme" + i + ".example/jobs'>Acme " + i
                + " is hiring " + ROLES[i] + "s</a></td></tr><tr><td class=subtext><a href='item?id=" + i + "'>" + (i + 2)
                + " hours ago</a></td></tr>", 10, "jobs", "<table><tbody>", "</tbody></table>");
        assertThat(found).hasSize(10);
        assertThat(found).extracting(JobPosting::title).doesNotContain("2 hours ago");
    }

    @Test
    void aRoleOpenInSeveralCountriesIsOneCardPerPosting() {
        String[] countries = {"Switzerland", "Serbia", "Israel", "Poland", "Denmark", "India", "Germany", "France",
            "Greece", "Portugal", "Spain", "Estonia"};
        List<JobPosting> found = cards(i -> "<div class=ad><a href='/job-details/" + (9000 + i) + "-principal-pm'><h4>"
                + (i < 3 ? ROLES[i] : "Principal Product Manager - Growth (Remote)") + "</h4></a><p>"
                + countries[i] + "</p></div>", 12);
        assertThat(found).hasSize(12);
    }

    @Test
    void columnHeadersInATableOfTheirOwnNameTheTitleEmployerAndPlaceColumns() {
        String header = "<table><tr><th>公司名称</th><th>职位名称</th><th>工作地点</th><th>发布日期</th></tr></table>";
        List<JobPosting> found = cards(i -> "<tr class=jobli><td><a href='/job-" + i + ".html'>单位" + i + "有限公司</a></td>"
                + "<td><a href='/job-" + i + ".html'>2026校园招聘</a></td><td><span>江西</span></td><td>2026-03-0" + (i + 1)
                + "</td></tr>", 8, "校园招聘", header + "<table class=jobul><tbody>", "</tbody></table>");
        assertThat(found).hasSize(8);
        assertThat(found.get(0).title()).isEqualTo("2026校园招聘");
        assertThat(found.get(0).company()).isEqualTo("单位0有限公司");
        assertThat(found.get(0).location()).isEqualTo("江西");
    }

    @Test
    void aHeadingCountingOneJobCallsAShortListTheListing() {
        String aside = "<aside>" + "<p>Accounting / Finance, Banking, Hospitality, Sales and more categories</p>".repeat(40)
                + "</aside><h1 id=job-count>Showing 1 - 6 job of 42</h1>";
        List<JobPosting> found = cards(i -> "<div class=card><h2><a href='/opening-" + i + "/'>" + ROLES[i]
                + "</a></h2><h3><a href='/employer/acme-" + i + "/'>Acme " + i + "</a></h3></div>", 6, "", aside + "<div>", "</div>");
        assertThat(found).hasSize(6);
    }

    @Test
    void anIconFontNamedLocationMarksThePlace() {
        List<JobPosting> found = cards(i -> "<li><a href='/fr/jobs/" + i + "'><h2>" + ROLES[i] + "</h2></a><span>Maison " + i
                + "</span><div><i class='sc-x wui-icon-font' name='location'></i>Paris</div><div><i class='sc-x wui-icon-font'"
                + " name='tag'></i>Luxe, Distribution sélective</div><div>CDI</div></li>", 10);
        assertThat(found).extracting(JobPosting::location).startsWith("Paris", "Paris");
    }

    @Test
    void aLogoWhoseAltTextTheCardAlsoShowsNamesTheEmployer() {
        List<JobPosting> found = cards(i -> "<li><a href='/fr/jobs/" + i + "'><h2>" + ROLES[i] + "</h2></a><div><img alt='Maison "
                + i + "' src='/l.png'></div><span>Maison " + i + "</span><p>Objets de luxe.</p><div>CDI</div></li>", 10);
        assertThat(found).extracting(JobPosting::company).startsWith("Maison 0", "Maison 1");
    }

    @Test
    void aNameMarkedNotToBeTranslatedNamesTheEmployer() {
        List<JobPosting> found = cards(i -> "<article class=card><h2><a href='/rpd/" + i + "/'>" + ROLES[i]
                + "</a></h2><footer><ul><li><span translate='no'>Fio " + i + ", a.s.</span></li></ul></footer></article>", 10);
        assertThat(found).extracting(JobPosting::company).startsWith("Fio 0, a.s.", "Fio 1, a.s.");
    }

    @Test
    void aTitleCutShortOnTheCardIsReadWholeFromItsTooltip() {
        List<JobPosting> found = cards(i -> "<div class=card><h1><a href='/java-" + i + "/' title='" + ROLES[i]
                + " (Spring framework)'>" + ROLES[i] + " (Spring framewor…</a></h1><span>Posted 2026-01-0" + (i % 9 + 1)
                + "</span></div>", 10);
        assertThat(found).extracting(JobPosting::title).startsWith("Sales Office Manager (Spring framework)",
                "Java Developer (Spring framework)");
    }

    @Test
    void theNameBeforeTheCardsPlaceOnOneLineIsTheEmployer() {
        List<JobPosting> found = cards(i -> "<div data-jobid=" + i + "><h2><a href='/jobs/" + i + "/x'>" + ROLES[i]
                + "</a></h2><h3><span>Employer " + i + "</span> • <span class=fc-black-500>Berlin, Germany</span></h3></div>", 10);
        assertThat(found).extracting(JobPosting::company).startsWith("Employer 0", "Employer 1");
    }

    @Test
    void theItemAfterTheEmployerIsThePlace() {
        List<JobPosting> found = cards(i -> "<article class=card><h2><a href='/rpd/" + i + "/'>" + ROLES[i]
                + "</a></h2><ul><li><span translate='no'>Fio " + i + "</span></li><li>Praha – Nové Město</li></ul></article>", 10);
        assertThat(found).extracting(JobPosting::location).startsWith("Praha – Nové Město", "Praha – Nové Město");
    }

    @Test
    void theFirstOfSeveralPlacesSeparatedBySemicolonsIsThePlace() {
        List<JobPosting> found = cards(i -> "<div class=ad><a href='/job-details/" + i + "'><h4>" + ROLES[i]
                + "</h4></a><p>New York, NY, USA; Miami, FL, USA; Seattle, WA,<br>USA</p></div>", 10);
        assertThat(found).extracting(JobPosting::location).startsWith("New York, NY, USA", "New York, NY, USA");
    }

    @Test
    void aMicrodataRegionTheLocalityAlreadyNamesIsNotRepeated() {
        List<JobPosting> found = cards(i -> "<div class=card itemscope itemtype='http://schema.org/JobPosting'><h1 itemprop=title>"
                + "<a href='/opening-" + i + "/'>" + ROLES[i] + "</a></h1><div itemprop=jobLocation itemscope><span itemprop="
                + "addressLocality>Kathmandu, Nepal</span><meta itemprop=addressRegion content='Kathmandu, Nepal'></div></div>", 10);
        assertThat(found).extracting(JobPosting::location).startsWith("Kathmandu, Nepal", "Kathmandu, Nepal");
    }

    @Test
    void severalPostingsMarkedUpWithMicrodataMakeAListNotAJobPage() {
        StringBuilder body = new StringBuilder("<h1>Showing 1 - 6 job of 42</h1>");
        for (int i = 0; i < 6; i++) {
            body.append("<div class=card itemscope itemtype='http://schema.org/JobPosting'><h2 itemprop=title><a href='/opening-")
                    .append(i).append("/'>").append(ROLES[i]).append("</a></h2><span>Posted 2026-01-0").append(i + 1)
                    .append("</span></div>");
        }
        PageJobs page = new JobPageParser(SourceTesting.normalizer()).read("<html><body>" + body + "</body></html>", null);
        assertThat(page.listing()).isTrue();
        assertThat(page.postings()).hasSize(6);
    }
}
