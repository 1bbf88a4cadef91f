package dev.careeragent.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkillExtractorTest {

    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.loadDefault();
    private static final SkillExtractor EXTRACTOR = new SkillExtractor(TAXONOMY);

    private static List<String> names(String text) {
        return EXTRACTOR.extract(text, "test").stream().map(m -> m.skill().name()).toList();
    }

    @Test
    void goTheVerbIsNotGoTheLanguage() {
        assertThat(names("I will go to the office")).doesNotContain("Go");
        assertThat(names("Go to the Python docs first")).doesNotContain("Go");
        assertThat(names("Let's Go!")).doesNotContain("Go");
        assertThat(names("Go, Rust and C++")).contains("Go", "Rust", "C++");
        assertThat(names("Languages: Python, Go, SQL")).contains("Python", "Go", "SQL");
        assertThat(names("Built CLIs in Golang")).contains("Go");
        assertThat(names("Senior Go developer")).contains("Go");
        assertThat(names("Swift (iOS), Kotlin (Android)")).contains("Swift", "Kotlin");
        assertThat(names("Power BI, SSRS (T-SQL), and Excel to analyse data")).contains("Microsoft Excel");
        assertThat(names("Web servers: Apache, Nginx")).contains("Apache HTTP Server");
        assertThat(names("Kotlin\nGo to the website")).doesNotContain("Go");
    }

    @Test
    void tradesToolsFromONetAreFoundButOrdinaryWordsAreNot() {
        assertThat(names("Performing mechanical inspection using torque wrenches, screwdrivers and tape measures; "
                + "hand trucks and a band saw")).contains("Torque wrenches", "Screwdrivers", "Tape measures", "Hand trucks",
                "Band saws");
        assertThat(names("Entry levels, case files and jacks of all trades")).isEmpty();
    }

    @Test
    void dutiesOfOfficeTradesAndCareWorkAreNamed() {
        assertThat(names("Processing invoices; cashflow forecasting; the Collective Bargaining Agreement and employee "
                + "benefits; repairs, fabrication and subassemblies; pre-trip inspections and GPS; child development; "
                + "follow safety procedures")).contains("Billing", "Cash Flow Management", "Employee Relations",
                "Compensation and Benefits", "Repair Work", "Welding", "Mechanical Assembly", "Vehicle Inspection",
                "GPS Navigation", "Child Development", "Health and Safety");
    }

    @Test
    void twoLetterAcronymsCountOnlyInCapitals() {
        assertThat(names("Bi-weekly audits of 500 ml doses")).doesNotContain("Business Intelligence", "Machine Learning");
        assertThat(names("BI reports and ML pipelines")).contains("Business Intelligence", "Machine Learning");
    }

    @Test
    void britishSpellingsFindTheSameSkills() {
        assertThat(names("Data visualisation, containerisation and virtualisation; a call centre; organisational skills"))
                .contains("Data Visualization", "Containerization", "Virtualization", "Call Center", "Organizational Skills");
        assertThat(names("Analysing data; backlog prioritisation")).contains("Data Analysis", "Prioritization");
        assertThat(names("Data analysis and statistical analyses")).contains("Data Analysis");
        NormalizedText folded = NormalizedText.of("Organisation centre licence analyses", true);
        assertThat(folded.toString()).isEqualTo("organization center license analyses");
        assertThat(folded.origin(folded.length())).isEqualTo(36);
        // a taxonomy name that ends in "-cence" folds like the same word inside running text
        assertThat(names("A full driving licence is essential.")).contains("Driver's License");
    }

    @Test
    void itemsOfAListShareItsHeadWord() {
        assertThat(names("Excellent communication, organisational and team working skills are required"))
                .contains("Communication", "Organizational Skills", "Teamwork");
        assertThat(names("Excellent planning and organisation, communication and interpersonal skills"))
                .contains("Planning Skills", "Organizational Skills", "Interpersonal Skills");
        assertThat(names("The organisation of the ward and communication skills")).doesNotContain("Organizational Skills");
    }

    @Test
    void anAmbiguousShortAliasNeedsAListOrACue() {
        assertThat(names("The Triton team ships a new product every quarter")).doesNotContain("Triton Inference Server");
        assertThat(names("Serving with TensorRT, Triton and vLLM")).contains("Triton Inference Server", "TensorRT");
        assertThat(names("Deploy models on NVIDIA Triton")).contains("Triton Inference Server");
        assertThat(names("Triton Inference Server in production")).contains("Triton Inference Server");
    }

    @Test
    void singleLettersNeedAListOrACue() {
        assertThat(names("Skills: Python, R, SQL")).contains("R");
        assertThat(names("Statistical analysis in R programming")).contains("R");
        assertThat(names("Vitamin C, Python and more")).doesNotContain("C");
        assertThat(names("Reported to C-level executives")).doesNotContain("C");
        assertThat(names("Plan B or Plan C")).doesNotContain("C");
        assertThat(names("C/C++, Java")).contains("C", "C++", "Java");
        assertThat(names("Little Rock, AR 72201")).doesNotContain("Accounts Receivable");
        assertThat(names("AP/AR, payroll")).contains("Accounts Payable", "Accounts Receivable", "Payroll");
    }

    @Test
    void excelTheVerbIsNotMicrosoftExcel() {
        assertThat(names("Able to excel at fast-paced work")).doesNotContain("Microsoft Excel");
        assertThat(names("Excel at building relationships")).doesNotContain("Microsoft Excel");
        assertThat(names("Expert in Microsoft Excel")).contains("Microsoft Excel");
        assertThat(names("Microsoft Word, Excel & Outlook")).containsExactly("Microsoft Word", "Microsoft Excel", "Microsoft Outlook");
        assertThat(names("Microsoft Office: Word, PowerPoint, and basic Excel"))
                .contains("Microsoft Office", "Microsoft Word", "Microsoft PowerPoint", "Microsoft Excel");
        assertThat(names("Strong Excel skills")).contains("Microsoft Excel");
        assertThat(names("Built Excel macros for the finance team")).containsExactly("VBA");
        assertThat(names("In a word, we value access to the outlook")).isEmpty();
    }

    @Test
    void seasonsAndCommonWordsStayWords() {
        assertThat(names("Seeking an internship in Spring 2017")).doesNotContain("Spring Framework");
        assertThat(names("Dean's List Spring 2013 - Spring 2015")).doesNotContain("Spring Framework");
        assertThat(names("Java, Spring, Hibernate")).contains("Spring Framework", "Hibernate");
        assertThat(names("Spring Boot microservices")).containsExactly("Spring Boot", "Microservices");
        assertThat(names("less than five years")).isEmpty();
        assertThat(names("We need REST APIs, not rest")).containsExactly("REST APIs");
        assertThat(names("fixed the rust on the swift boat")).isEmpty();
        assertThat(names("Pay by SWIFT transfer")).contains("SWIFT Payments");
        assertThat(names("iOS apps in Swift and SwiftUI")).contains("Swift", "SwiftUI");
    }

    @Test
    void multiWordPunctuatedAndPluralNamesMatchWithLongestWinning() {
        assertThat(names("machine learning, accounts payable and CI/CD"))
                .containsExactly("Machine Learning", "Accounts Payable", "CI/CD");
        assertThat(names("C#, .NET, Node.js, ASP.NET and A/B testing"))
                .containsExactly("C#", ".NET", "Node.js", "ASP.NET", "A/B Testing");
        assertThat(names("Designed RESTful APIs and relational databases")).containsExactly("REST APIs", "Relational Databases");
        assertThat(names("Prepared bank reconciliations and balance sheets")).contains("Account Reconciliation", "Balance Sheet");
        assertThat(names("Google Cloud Platform")).containsExactly("Google Cloud Platform");
        assertThat(names("problem-solving and problem solving")).containsExactly("Problem Solving", "Problem Solving");
        assertThat(names("front-end")).containsExactly("Front-End Development");
    }

    @Test
    void mentionsCarryEvidence() {
        String text = "Tools: JIRA, k8s\nBuilt ETL on Postgres";
        List<SkillMention> mentions = EXTRACTOR.extract(text, "Experience: Acme, bullet 2");
        assertThat(mentions).extracting(m -> m.skill().name()).containsExactly("Jira", "Kubernetes", "ETL", "PostgreSQL");
        for (SkillMention m : mentions) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.matchedText());
            assertThat(m.where()).isEqualTo("Experience: Acme, bullet 2");
        }
        assertThat(mentions.get(1).matchedText()).isEqualTo("k8s");
        assertThat(SkillExtractor.distinctSkills(EXTRACTOR.extract("Java and more Java", "x"))).hasSize(1);
    }

    @Test
    void pdfLineEndHyphenationIsJoined() {
        List<SkillMention> mentions = EXTRACTOR.extract("frameworks like React.js, Vue.js, or Angu-\nlar.js.", "x");
        assertThat(mentions).extracting(m -> m.skill().name()).containsExactly("React", "Vue.js", "AngularJS");
        assertThat(mentions.get(2).matchedText()).isEqualTo("Angu-\nlar.js");
    }

    @Test
    void webAndMailAddressesAreNotSkills() {
        assertThat(names("www.linkedin.com/in/name  sresume@kent.edu  https://github.com/x/react")).isEmpty();
    }

    @Test
    void emptyAndNullTextGiveNoMentions() {
        assertThat(EXTRACTOR.extract("", "x")).isEmpty();
        assertThat(EXTRACTOR.extract(null, "x")).isEmpty();
    }
}
