package dev.careeragent.sources.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.SourceTesting;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The general card rules of the set-aside-4 round, each on a small page of its own. */
class CardSetAside4RulesTest {

    private static final String[] ROLES = {"Sales Office Manager", "Java Developer", "Bus Driver", "Support Worker",
        "Customer Liaison Officer", "Senior Quantity Surveyor", "Associate Architect", "Support Planner",
        "Site Project Supervisor", "Senior Legal Counsel"};

    private static List<JobPosting> cards(String body, String title) {
        String html = "<html><head><title>" + title + "</title></head><body>" + body + "</body></html>";
        return new JobCards(SourceTesting.normalizer()).read(Html.parse(html, null, "job"), "https://jobs.example/");
    }

    @Test
    void aFiltersPayOptionsAreNotTheJobListEvenWhenTheyAreMore() {
        StringBuilder facets = new StringBuilder("<div class=filters>");
        for (int i = 1; i <= 12; i++) {
            facets.append("<div class=opt><a href='/jobs?salary=").append(i).append("0000'>at least £").append(i)
                    .append("0,000</a><span>").append(900 - i).append("</span></div>");
        }
        StringBuilder list = new StringBuilder("</div><div class=results>");
        for (int i = 0; i < ROLES.length; i++) {
            list.append("<article class=card><h2><a href='/job/").append(i).append("'>").append(ROLES[i])
                    .append("</a></h2><span>Acme Ltd</span><span>London</span></article>");
        }
        assertThat(cards(facets + list.toString() + "</div>", "Jobs in UK")).extracting(JobPosting::title)
                .containsExactly(ROLES);
    }

    @Test
    void aCardTooLongToBeFoundWholeStillGivesTheEmployerAndPlaceBesideItsTitle() {
        StringBuilder list = new StringBuilder("<div class=results>");
        String teaser = "<p>" + "Lead the product roadmap with engineering and design partners. ".repeat(12) + "</p>";
        for (int i = 0; i < ROLES.length; i++) {
            list.append("<article><div class=head><a href='/job/").append(i).append("'>").append(ROLES[i])
                    .append("</a></div><span data-automation=jobCompany>Employer ").append(i)
                    .append("</span><span data-automation=jobLocation>Kuala Lumpur</span>").append(teaser).append("</article>");
        }
        List<JobPosting> found = cards(list + "</div>", "Jobs in Malaysia");
        assertThat(found).extracting(JobPosting::title).containsExactly(ROLES);
        assertThat(found).extracting(JobPosting::company).startsWith("Employer 0", "Employer 1");
        assertThat(found).extracting(JobPosting::location).containsOnly("Kuala Lumpur");
    }

    @Test
    void aStyledComponentsClassNamesItsPartWordsTheEmployerAndPlace() {
        StringBuilder list = new StringBuilder("<div class=results>");
        for (int i = 0; i < ROLES.length; i++) {
            list.append("<div class='JobCard__Wrapper-sc-hm0-1 fnsbDp'><h2 class='Card__JobTitle-sc-dk8-11 crGN'><a href='/job/")
                    .append(i).append("'>").append(ROLES[i]).append("</a></h2><a class='Card__CompanyLink-sc-dk8-13 ciWE'")
                    .append(" href='/company/").append(i).append("'>Employer ").append(i).append("</a>")
                    .append("<div class='CardJobLocation__LocationWrapper-sc-v7o-0 gdy'>Kebon Jeruk, Jakarta Barat</div></div>");
        }
        List<JobPosting> found = cards(list + "</div>", "Lowongan Kerja");
        assertThat(found).extracting(JobPosting::company).startsWith("Employer 0", "Employer 1");
        assertThat(found).extracting(JobPosting::location).containsOnly("Kebon Jeruk, Jakarta Barat");
    }

    @Test
    void aLabelInAnElementOfItsOwnIntroducesTheTextAfterIt() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < ROLES.length; i++) {
            list.append("<div id=v").append(i).append("><a href='DisplayVacancy.aspx?id=").append(i).append("'><span class=v2_title>")
                    .append(ROLES[i]).append("</span></a><br><b>Date:</b> 10 September<br><b>Recruiter:</b> Employer ").append(i)
                    .append(" <br><b>Salary:</b> £25000 - £28000 <br><b>Location:</b> Weybridge <br> A short summary.</div>");
        }
        List<JobPosting> found = cards("<div class=results>" + list + "</div>", "Vacancies search results");
        assertThat(found).extracting(JobPosting::company).startsWith("Employer 0", "Employer 1");
        assertThat(found).extracting(JobPosting::location).containsOnly("Weybridge");
    }

    @Test
    void anEmployerMarkedBlockThatAlsoHoldsTheTitleNamesTheEmployerByWhatIsLeft() {
        StringBuilder list = new StringBuilder("<ol class=list-recent-jobs>");
        for (int i = 0; i < ROLES.length; i++) {
            list.append("<li><h2 class=listing-company><span class=listing-company-name><span class=listing-new>New</span>")
                    .append("<a href='/jobs/").append(i).append("/'>").append(ROLES[i]).append("</a><br>Employer ").append(i)
                    .append("</span><span class=listing-location>Glasgow, United Kingdom</span></h2>")
                    .append("<span class=listing-posted>Posted: 02 July 2026</span></li>");
        }
        List<JobPosting> found = cards(list + "</ol>", "Python Job Board");
        assertThat(found).extracting(JobPosting::title).containsExactly(ROLES);
        assertThat(found).extracting(JobPosting::company).startsWith("Employer 0", "Employer 1");
    }

    private static String actionCards(String office, int from, int to) {
        StringBuilder out = new StringBuilder("<div class=mb-12><div><h3>" + office + "</h3></div><ul>");
        for (int i = from; i < to; i++) {
            out.append("<li class=job-offer-item role=button><div><span><div class=font-bold>").append(ROLES[i])
                    .append("</div></span><div>Sales</div><div>Hybrid</div><a class=buttonSecondary href='/job_posting/")
                    .append(i).append("'>Apply now</a></div></li>");
        }
        return out + "</ul></div>";
    }

    @Test
    void whereTheOnlyLinkIsAnActionTheCardsFirstTextIsItsTitle() {
        String page = "<h2>Open Positions</h2>" + actionCards("Milano", 0, 8) + actionCards("Remote", 8, 9)
                + "<p>" + "We are a remote first company and believe in sharing time and knowledge. ".repeat(20) + "</p>";
        List<JobPosting> found = cards(page, "Acme - Job offers, offices and team");
        assertThat(found).extracting(JobPosting::title).containsExactly(java.util.Arrays.copyOf(ROLES, 9));
        assertThat(found).extracting(JobPosting::url).startsWith("https://jobs.example/job_posting/0");
    }

    @Test
    void aLocationPinOrAPlaceNamingACountryBeatsAWorkModeBadgeAndALogoNamesTheEmployer() {
        String[] places = {"Amsterdam - Netherlands 🇳🇱", "Remote - United States 🇺🇸", "Netherlands - Spain 🇪🇸"};
        StringBuilder list = new StringBuilder("<ul>");
        for (int i = 0; i < ROLES.length; i++) {
            list.append("<li><article><span>Hybrid Remote</span><a href='/jobs/").append(i).append("'><h2>").append(ROLES[i])
                    .append("</h2></a><img alt='Employer ").append(i).append(" logo' src='/logo.png'><span>Employer ").append(i)
                    .append(", Inc.</span>").append(i % 2 == 0 ? "<span>" + places[i % 3] + "</span>"
                            : "<p><i class='fa-solid fa-location-dot'></i>Cheyenne</p>").append("</article></li>");
        }
        List<JobPosting> found = cards(list + "</ul>", "Golang Jobs");
        assertThat(found).extracting(JobPosting::company).startsWith("Employer 0", "Employer 1");
        assertThat(found).extracting(JobPosting::location).startsWith("Amsterdam - Netherlands", "Cheyenne",
                "Netherlands - Spain", "Cheyenne");
    }
}
