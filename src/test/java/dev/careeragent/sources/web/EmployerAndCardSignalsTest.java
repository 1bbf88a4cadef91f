package dev.careeragent.sources.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.SourceTesting;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The later-round signals: employer evidence from page furniture and prose, place lists, and cards by structure. */
class EmployerAndCardSignalsTest {

    private static PageEvidence.Fields read(String html) {
        return new PageEvidence().read(Html.parse(html, null, "job"), null);
    }

    private static String page(String header, String body) {
        return "<html><head><title>Careers</title></head><body><div class=top>" + header + "</div>"
                + "<div class=menu><span>Home</span><span>Sign in</span><span>Help</span></div>"
                + "<h1>Payroll Clerk</h1><div>Location: Leeds, UK</div>" + body + "</body></html>";
    }

    @Test
    void theEmployerNamedByItsLogoAndAgainInTheTextWinsOverAMenuLineAboveTheTitle() {
        PageEvidence.Fields f = read(page("<img src=l.png title='Harbour Trust Logo' alt=''>",
                "<p>Join the finance team at Harbour Trust. Harbour Trust runs the city's docks.</p>"));
        assertThat(f.company()).isEqualTo("Harbour Trust");
        assertThat(f.title()).isEqualTo("Payroll Clerk");
        assertThat(f.location()).isEqualTo("Leeds, UK");
    }

    @Test
    void aSkillNamedAgainAndAgainAsASentenceSubjectIsNotTheEmployer() {
        String html = "<html><head><title>Careers</title></head><body><div><p>Acme Robotics</p><h1>Backend Developer</h1>"
                + "<p>Leeds, UK</p></div><p>Python is a must here. Python is what we write. Python has to be your strength."
                + " You will write Python and more Python.</p></body></html>";
        assertThat(read(html).company()).isEqualTo("Acme Robotics");
    }

    @Test
    void anAvatarACopyrightLineAndAContactBlockNameTheEmployer() {
        assertThat(read(page("<img src=a.png alt='Avatar for Lumen Labs'>", "<p>Lumen Labs makes lamps.</p>")).company())
                .isEqualTo("Lumen Labs");
        assertThat(read(page("", "<p>We pay well.</p><footer>© 2011 Northwind Traders. All rights reserved.</footer>"))
                .company()).isEqualTo("Northwind Traders");
        assertThat(read(page("", "<div>Contact Information:</div><div>CMP</div><div>419 Lafayette Street</div>")).company())
                .isEqualTo("CMP");
    }

    @Test
    void aLegalNameInTheTextAndTheSitesDomainAgreeOnTheEmployer() {
        String html = "<html><head><title>Vessel Cook</title><base href='http://www.hornbeckoffshore.com/'></head><body>"
                + "<h1>Vessel Cook</h1><p>The cook feeds the crew of Hornbeck Offshore Services, Inc. vessels.</p>"
                + "<p>Hornbeck Offshore Services, Inc. is an equal opportunity employer.</p></body></html>";
        assertThat(read(html).company()).isEqualTo("Hornbeck Offshore Services, Inc.");
        assertThat(EmployerVotes.agrees("DeVry University", "devry")).isTrue();
        assertThat(EmployerVotes.agrees("Science Applications International Corporation", "saic")).isTrue();
        assertThat(EmployerVotes.agrees("House of Lords", "civilservicejobs")).isFalse();
        assertThat(EmployerVotes.mentions("Acme builds. Acme ships. Acmeology is not Acme.", "Acme")).isEqualTo(3);
    }

    @Test
    void thePageTitlesJobAtEmployerInPlaceWithAPostingNumberAndABoardTail() {
        PageEvidence.Fields f = read("<html><head><title>Java Developer in Norcross/Georgia tech job at Visionaire Partners"
                + " in Georgia, Norcross (735756) @ tech-centric.net</title></head><body><h1>Java Developer</h1>"
                + "<p>Build web services in Java for our clients.</p></body></html>");
        assertThat(f.company()).isEqualTo("Visionaire Partners");
        assertThat(f.location()).isEqualTo("Georgia, Norcross");
    }

    @Test
    void placeListsAreLocationsButDatesAndClockTimesAreNot() {
        assertThat(TextVotes.isPlaceLine("New York / Remote (US)")).isTrue();
        assertThat(TextVotes.isPlaceLine("Bengaluru, KA, IN / Bengaluru, Karnataka, IN")).isTrue();
        assertThat(TextVotes.isPlaceLine("Design / Product")).isFalse();
        assertThat(PlaceCheck.canBePlace("Tuesday, December 7, 2010 1:30 AM")).isFalse();
        assertThat(PlaceCheck.canBePlace("Date")).isFalse();
    }

    @Test
    void aListingHeadingIsNotAJobTitle() {
        PageEvidence.Fields f = read("<html><head><title>Acme: Careers</title></head><body><h1>Career Opportunities</h1>"
                + "<div>Course Instructor</div><div>Location</div><div>Mclean, VA</div><p>Teach analysis.</p></body></html>");
        assertThat(f.title()).isEqualTo("Course Instructor");
    }

    @Test
    void cardsInAlternatingRowsAndSeveralTablesWithoutEnglishJobWordsAreRead() {
        StringBuilder rows = new StringBuilder();
        String[] titles = {"Projektassistent datavetenskap", "Universitetsadjunkt i musik", "Doktorand i kemi",
                "Forskningsingenjör", "Lektor i historia", "Studievägledare"};
        for (int i = 0; i < titles.length; i++) {
            rows.append(i == 3 ? "</tbody></table><table><tbody>" : "").append("<tr class='").append(i % 2 == 0 ? "odd" : "even")
                    .append("'><td><a href='/job/").append(i).append("'>").append(titles[i])
                    .append("</a></td><td class=town>Karlstad</td><td>2025-12-").append(10 + i).append("</td></tr>");
        }
        String html = "<html><body><nav><ul><li><a href=/>Home</a></li><li><a href=/a>About</a></li><li><a href=/c>Contact</a>"
                + "</li></ul></nav><table><tbody>" + rows + "</tbody></table></body></html>";
        List<JobPosting> cards = new JobCards(SourceTesting.normalizer()).read(Html.parse(html, null, "job"), "https://kau.example/");
        assertThat(cards).extracting(JobPosting::title).containsExactly(titles);
        assertThat(cards).allSatisfy(c -> assertThat(c.location()).isEqualTo("Karlstad"));
    }

    @Test
    void aCardWhoseLinkWrapsItAllTakesItsHeadingAsTitle() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            items.append("<li><a href='/job/?jid=").append(i).append("'><h3>Laboratory assistant ").append(i)
                    .append("</h3><p><span>Fixed-term position</span><span>Full time</span><span>The application deadline is")
                    .append(" 2025-12-16</span></p></a></li>");
        }
        List<JobPosting> cards = new JobCards(SourceTesting.normalizer())
                .read(Html.parse("<html><body><ul class=link-list>" + items + "</ul></body></html>", null, "job"), "https://oru.example/");
        assertThat(cards).hasSize(4).first().extracting(JobPosting::title).isEqualTo("Laboratory assistant 0");
    }

    @Test
    void aJobPageWithAShortListOfOtherJobsBesideItIsNotAListing() {
        StringBuilder similar = new StringBuilder("<ul>");
        for (int i = 0; i < 4; i++) {
            similar.append("<li><a href='/j/").append(i).append("'>Accountant ").append(i).append("</a> Posted 2025-12-0")
                    .append(i + 1).append("</li>");
        }
        String description = "<p>" + "You will keep the ledgers of our shipyards, reconcile accounts and report monthly. ".repeat(30) + "</p>";
        String html = "<html><body><h1>Senior Accountant</h1>" + description + similar + "</ul></body></html>";
        assertThat(new JobCards(SourceTesting.normalizer()).read(Html.parse(html, null, "job"), "https://x.example/")).isEmpty();
    }
}
