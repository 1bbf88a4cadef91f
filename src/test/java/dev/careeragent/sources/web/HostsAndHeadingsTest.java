package dev.careeragent.sources.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.sources.Html;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Session-8 signals (set aside 5): the hosting platform's name is not the employer and the sub-domain or e-mail
 * domain names it, a preposition or a registration number is no part of a name, CJK names have no spaces, compound
 * labels, a logo link is no title heading, "Title Job Description" headings, map-link addresses with Dutch postcodes,
 * a contract-type word on its own line is no title, and "Town - Country" header lines.
 */
class HostsAndHeadingsTest {

    private static PageEvidence.Fields read(String html, String address) {
        return new PageEvidence().read(Html.parse(html, address, "job"), address);
    }

    @Test
    void aHostingPlatformIsNotTheEmployerAndItsSubDomainNamesTheEmployer() {
        String html = "<html><body><h1>Vendedor/a deportes de agua</h1><img class=\"company-logo\" src=\"x.png\""
                + " alt=\"Jobhost Logo\"><h2>ACME SPORTS</h2><p>Somos una marca multiespecialista de deporte.</p></body></html>";
        PageEvidence.Fields f = read(html, "https://acmesports.jobhost.com/es/node/1");
        assertThat(f.company()).isEqualTo("ACME SPORTS");
        assertThat(HostNames.platform("https://acmesports.jobhost.com/es/node/1")).contains("jobhost");
        assertThat(HostNames.platform("https://jobs.acme.com/1")).isEmpty();
        assertThat(HostNames.platform("https://www.reed.co.uk/jobs/1")).isEmpty();
        assertThat(HostNames.platform("https://acme.wd1.myworkdayjobs.com/x")).contains("myworkdayjobs");
    }

    @Test
    void theFullestSpellingOfAnAddressNameWinsOverATownItStartsWith() {
        List<String> own = List.of("barcelonactiva");
        assertThat(HostNames.fullest(List.of("Barcelona", "Barcelona Activa", "Activa"), own)).containsExactly("Barcelona Activa");
        assertThat(HostNames.agrees("Ayuda en Acción", List.of("empleoayudaenaccion"))).isTrue();
        assertThat(HostNames.isPlatform("Talent Clue", Optional.of("talentclue"))).isTrue();
    }

    @Test
    void anEmailDomainNamesTheEmployerAndAPrepositionIsNoPartOfAName() {
        String html = "<html><body><h1>Barmedewerker parttime</h1><p>Je staat achter de bar.</p>"
                + "<p>Stuur een e-mail naar <a href=\"mailto:bar@cafedeklok.nl\">bar@cafedeklok.nl</a></p>"
                + "<p><b>Cafe de Klok</b></p></body></html>";
        assertThat(HostNames.ownNames(Html.parse(html, null, "job"), null)).containsExactly("cafedeklok");
        assertThat(read(html, null).company()).isEqualTo("Cafe de Klok");
        assertThat(PageEvidence.acceptableCompany("van Cafe Classen", "Barmedewerker")).isFalse();
        assertThat(PageEvidence.acceptableCompany("Van Oord", "Barmedewerker")).isTrue();
    }

    @Test
    void spacedCjkRunsRegistrationNumbersAndTheTitleWithMoreAreNoNames() {
        assertThat(PageEvidence.looksLikeName("公司基本信息 基准方中 未融资 1000-9999人 建筑设计")).isFalse();
        assertThat(PageEvidence.looksLikeName("BOSS直聘京ICP备14013441号-5")).isFalse();
        assertThat(PageEvidence.looksLikeName("基准方中")).isTrue();
        assertThat(PageEvidence.acceptableCompany("AutoCAD开发工程师（北京） 25-50K·14薪", "AutoCAD开发工程师（北京）")).isFalse();
    }

    @Test
    void aCompoundLabelALogoLinkHeadingAndAJobDescriptionHeading() {
        String html = "<html><body><header><h1><a href=\"#\" id=\"logo\">Goldenberg Lab</a></h1></header>"
                + "<h2><b>Bioinformatician Job Description</b></h2><b>Institution/Company:</b><p>SickKids Research Institute</p>"
                + "<b>Location:</b><p>Toronto, ON</p><p>The lab is looking for a computational biologist.</p></body></html>";
        PageEvidence.Fields f = read(html, null);
        assertThat(f.title()).isEqualTo("Bioinformatician");
        assertThat(f.company()).isEqualTo("SickKids Research Institute");
    }

    @Test
    void aMapLinkWithADutchPostcodeGivesTheTown() {
        String html = "<html><body><h1>Barmedewerker parttime</h1><p>Je staat achter de bar.</p><h3>Adres:</h3>"
                + "<a href=\"https://maps.app.goo.gl/abc\">Beekstraat 25, 6811 DV Arnhem</a></body></html>";
        assertThat(read(html, null).location()).isEqualTo("Arnhem");
        assertThat(AddressBlocks.towns("Beekstraat 25, 6811 DV Arnhem")).containsExactly("Arnhem");
    }

    @Test
    void aContractWordAloneIsNoTitleAndATownCountryLineIsAPlace() {
        String html = "<html><body><h2 class=\"mainT\">Estágio em operações (Engagement Channels)</h2><p class=\"subT\">"
                + "<span>Sao Paulo - Brazil</span><span>Operation &amp; Strategy - Mobility</span><span>Intern</span></p>"
                + "<p>Descrição da vaga com muitas palavras sobre o trabalho.</p></body></html>";
        PageEvidence.Fields f = read(html, null);
        assertThat(f.title()).isEqualTo("Estágio em operações (Engagement Channels)");
        assertThat(f.location()).isEqualTo("Sao Paulo - Brazil");
        assertThat(TextVotes.isPlaceLine("Sao Paulo - Brazil")).isTrue();
    }

    @Test
    void labelsInCatalanChineseAndArabicAreRead() {
        String ca = "<html><body><h1>Monitor/a d'Oci Infantil</h1><ul><li><span>Ubicació:</span><span>Barcelona (Espanya)</span></li>"
                + "</ul><p>Les teves funcions principals.</p></body></html>";
        assertThat(read(ca, null).location()).isEqualTo("Barcelona (Espanya)");
        String zh = "<html><body><h1>AutoCAD开发工程师</h1><ul><li class=\"company-name\"><span>公司名称</span>基准方中建筑设计股份有限公司</li>"
                + "</ul><p>工作职责：负责软件开发。</p></body></html>";
        assertThat(read(zh, null).company()).isEqualTo("基准方中建筑设计股份有限公司");
        String ar = "<html><body><h1>مهندس مدني</h1><p><b>مكان العمل:</b></p><p>عمان</p><p>وصف الوظيفة الشاغرة</p></body></html>";
        assertThat(read(ar, null).location()).isEqualTo("عمان");
    }

    @Test
    void aLogoFileNameAnOpenWithSentenceAndALegalFormAddUp() {
        assertThat(EmployerVotes.logoFileName("https://static.example.com/org_1051/logo/Bajaj_Finance_Logo.png")).isEqualTo("Bajaj Finance");
        assertThat(EmployerVotes.logoFileName("/img/header-logo-white.svg")).isNull();
        assertThat(EmployerVotes.logoFileName("/files/dkt_lockup_primary_blue_rgb_1710319295.png")).isNull();
        String html = "<html><body><header><img alt=\"logo\" src=\"https://cdn.example.com/logo/Bajaj_Finance_Logo.png\"></header>"
                + "<h1>Manager - Professional Loans</h1><p>Amritsar</p><p>\u201cThis position is open with Bajaj Finance ltd.\u201d</p>"
                + "<footer>\u00a9 2026 PeopleStrong</footer></body></html>";
        assertThat(read(html, null).company()).startsWith("Bajaj Finance");
        FieldVotes votes = new FieldVotes();
        votes.add("Bajaj Finance", 2);
        votes.add("Bajaj Finance ltd.", 2);
        votes.add("PeopleStrong", 3);
        votes.foldLegalForms();
        assertThat(votes.best(v -> true)).hasValueSatisfying(v -> assertThat(v).startsWith("Bajaj Finance"));
    }

    @Test
    void aTitleFieldThatIsTheHeadingWithAListAddedGivesItsWeightToTheHeading() {
        String html = "<html><body><div><h2 class=\"title\"><span>Manager - Professional Loans</span></h2>"
                + "<span>JR00215399</span></div><ul><li><span>Job Title</span><span>Manager - Professional Loans, Professional"
                + " Secured, Sales</span></li></ul><p>Managing and supporting the team of sales professionals.</p></body></html>";
        assertThat(read(html, null).title()).isEqualTo("Manager - Professional Loans");
    }
}
