package dev.careeragent.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The occupational field of the recent titles against the job title: part of fit, said in the explanation. */
class OccupationFitTest {

    private static final long TODAY = LocalDate.of(2025, 6, 1).toEpochDay();

    @Test
    void titlesNameTheirFields() {
        assertThat(Occupation.of("Senior Staff Accountant")).containsExactly(Occupation.FINANCE);
        assertThat(Occupation.of("Receptionist Office Assistant")).containsExactly(Occupation.OFFICE);
        assertThat(Occupation.of("Financial Data Analyst")).contains(Occupation.FINANCE, Occupation.DATA);
        assertThat(Occupation.of("Sous Chef")).containsExactly(Occupation.HOSPITALITY);
        assertThat(Occupation.of("Superstar (Store Manager)")).containsExactly(Occupation.CUSTOMER_SERVICE);
        assertThat(Occupation.of("Regional Manager")).isEmpty();
        assertThat(Occupation.of("Syntax Reviewer")).as("words, not substrings ('tax')").isEmpty();
        assertThat(Occupation.of("Senior Business Analyst")).as("business and financial operations")
                .containsExactly(Occupation.FINANCE);
        assertThat(Occupation.of("Credit Risk Analyst")).contains(Occupation.FINANCE);
        assertThat(Occupation.of("Data Analyst")).containsExactly(Occupation.DATA);
        assertThat(Occupation.of("Shipping and Receiving Clerk")).as("O*NET 43-5071: an office job moving goods")
                .containsExactlyInAnyOrder(Occupation.OFFICE, Occupation.LOGISTICS);
        assertThat(Occupation.of("Commercial Truck Driver")).containsExactly(Occupation.LOGISTICS);
        assertThat(Occupation.of("Maintenance Technician")).contains(Occupation.TRADES);
        assertThat(Occupation.of("Journeyman Electrician")).containsExactly(Occupation.TRADES);
        assertThat(Occupation.of("Production/Assembly Associate")).containsExactly(Occupation.ENGINEERING);
        assertThat(Occupation.of("Food Production Manager")).as("production alone names no field").isEmpty();
    }

    @Test
    void commonTitleWordsOfOtherEnglishSpeakingMarketsNameTheirFields() {
        assertThat(Occupation.of("Counter Salesman")).as("salesman, saleswoman, salesperson").containsExactly(Occupation.SALES);
        assertThat(Occupation.of("Retail Salesperson")).contains(Occupation.SALES);
        assertThat(Occupation.of("Salesforce Developer")).as("a product name is no sales word").doesNotContain(Occupation.SALES);
        assertThat(Occupation.of("Admin Officer")).as("admin, short for administration").containsExactly(Occupation.OFFICE);
        assertThat(Occupation.of("Distribution Centre Manager: Outbound")).as("O*NET 11-3071")
                .containsExactly(Occupation.LOGISTICS);
        assertThat(Occupation.of("Boilermaker")).as("O*NET 47-2011").containsExactly(Occupation.TRADES);
        assertThat(Occupation.of("Diesel Fitter")).containsExactly(Occupation.TRADES);
        assertThat(Occupation.of("Engineering Artisan")).as("the South African word for a tradesperson")
                .contains(Occupation.TRADES);
        assertThat(Occupation.of("Sr. Executive – Admin & Infrastructure Management"))
                .as("infrastructure is IT, civil or facilities work: it names no field alone").containsExactly(Occupation.OFFICE);
    }

    @Test
    void theWordBeforeTheRoleNamesTheFieldAndTheRoleWordAloneFallsBackToItsUsualField() {
        assertThat(Occupation.of("Medical Assistant")).as("O*NET 31-9092").containsExactly(Occupation.HEALTH);
        assertThat(Occupation.of("Systems Administrator")).as("O*NET 15-1244").containsExactly(Occupation.SOFTWARE);
        assertThat(Occupation.of("Pharmacy Technician")).containsExactly(Occupation.HEALTH);
        assertThat(Occupation.of("Marketing & Communications Coordinator")).containsExactly(Occupation.MARKETING);
        assertThat(Occupation.of("Customer Service Representative")).containsExactly(Occupation.CUSTOMER_SERVICE);
        assertThat(Occupation.of("Marketing Analyst")).containsExactly(Occupation.MARKETING);
        assertThat(Occupation.of("Administrative Assistant")).containsExactly(Occupation.OFFICE);
        assertThat(Occupation.of("Executive Assistant to the CEO")).containsExactly(Occupation.OFFICE);
        assertThat(Occupation.of("Program Assistant")).as("the role word alone").containsExactly(Occupation.OFFICE);
        assertThat(Occupation.of("Field Technician")).containsExactly(Occupation.ENGINEERING);
        assertThat(Occupation.of("Inside Sales Representative")).containsExactly(Occupation.SALES);
        assertThat(Occupation.of("Analyst")).containsExactly(Occupation.DATA);
    }

    @Test
    void legalAndMediaOccupationsAndVeterinaryWorkHaveTheirFields() {
        assertThat(Occupation.of("Paralegal")).as("O*NET 23").containsExactly(Occupation.LEGAL);
        assertThat(Occupation.of("Senior Staff Attorney")).containsExactly(Occupation.LEGAL);
        assertThat(Occupation.fit(Occupation.of("Legal Secretary"), Occupation.of("Receptionist"))).isEqualTo(1);
        assertThat(Occupation.fit(Occupation.of("Paralegal"), Occupation.of("Administrative Assistant"))).isEqualTo(0.5);
        assertThat(Occupation.of("Program Journalist")).as("O*NET 27-3").containsExactly(Occupation.MARKETING);
        assertThat(Occupation.of("Assistant Editor")).containsExactly(Occupation.MARKETING);
        assertThat(Occupation.of("Veterinary Assistant")).containsExactly(Occupation.HEALTH);
        assertThat(Occupation.of("Hospitality Manager")).as("not a hospital").containsExactly(Occupation.HOSPITALITY);
    }

    @Test
    void sameFieldIsAFullFitARelatedFieldHalfAnUnnamedFieldIsNotJudged() {
        assertThat(Occupation.fit(Occupation.of("Bookkeeper"), Occupation.of("Senior Accountant"))).isEqualTo(1);
        assertThat(Occupation.fit(Occupation.of("Administrative Assistant"), Occupation.of("Accountant"))).isEqualTo(0.5);
        assertThat(Occupation.fit(Occupation.of("Promotional Staff"), Occupation.of("Accountant"))).isZero();
        assertThat(Occupation.fit(Occupation.of("Superstar"), Occupation.of("Accountant"))).isNaN();
        assertThat(Occupation.fit(Occupation.of("Maintenance Project Manager"), Occupation.of("Composite Technician")))
                .as("trades next to manufacturing").isEqualTo(0.5);
    }

    @Test
    void anAccountantRanksABookkeepingJobAboveASalesJobOfTheSameWordingAndSaysWhy() {
        MatchEngine engine = engine();
        ResumeFeatures accountant = engine.prepare(new MatchProfile("accountant", List.of(new MatchProfile.Section("Summary",
                "Accountant keeping the books, preparing tax returns and monthly reports for clients")), List.of(),
                List.of("Staff Accountant", "Accounting Clerk"), 6, List.of()));
        String text = "Work with our clients every day, keep records and prepare weekly reports. Experience with clients.";
        engine.index(Map.of(1L, engine.analyze(JobPosting.builder().title("Bookkeeper").descriptionText(text).build()),
                2L, engine.analyze(JobPosting.builder().title("Field Sales Representative").descriptionText(text).build())));

        MatchResult bookkeeper = engine.score(1L, accountant, MatchPreferences.none(), MatchWeights.defaults(), TODAY).orElseThrow();
        MatchResult sales = engine.score(2L, accountant, MatchPreferences.none(), MatchWeights.defaults(), TODAY).orElseThrow();

        assertThat(bookkeeper.points(MatchComponent.FIT)).isGreaterThan(sales.points(MatchComponent.FIT) + 5);
        assertThat(bookkeeper.score()).isGreaterThan(sales.score());
        assertThat(bookkeeper.explanation().reasons()).contains("Same field as your recent jobs (finance and accounting)");
        String different = "Different field: sales job; your recent jobs are in finance and accounting / office and administration";
        assertThat(sales.explanation().penalties()).singleElement().satisfies(p -> {
            assertThat(p.preference()).isEqualTo("Field");
            assertThat(p.reason()).isEqualTo(different);
            assertThat(p.points()).isGreaterThan(5);
        });
        assertThat(sales.explanation().reasons()).contains("-" + Math.round(sales.explanation().penalties().get(0).points())
                + " points: " + different);
        assertThat(bookkeeper.explanation().penalties()).isEmpty();
    }

    @Test
    void aRelatedFieldLosesHalfWhatAnotherFieldLosesAndNoFieldNamedLosesNothing() {
        MatchEngine engine = engine();
        ResumeFeatures accountant = engine.prepare(new MatchProfile("accountant", List.of(new MatchProfile.Section("Summary",
                "Accountant keeping the books and preparing monthly reports")), List.of(), List.of("Staff Accountant"), 6,
                List.of()));
        String text = "Keep records and prepare weekly reports.";
        engine.index(Map.of(1L, engine.analyze(JobPosting.builder().title("Office Clerk").descriptionText(text).build()),
                2L, engine.analyze(JobPosting.builder().title("Sales Representative").descriptionText(text).build()),
                3L, engine.analyze(JobPosting.builder().title("Superstar").descriptionText(text).build())));

        MatchResult related = engine.score(1L, accountant, MatchPreferences.none(), MatchWeights.defaults(), TODAY).orElseThrow();
        MatchResult other = engine.score(2L, accountant, MatchPreferences.none(), MatchWeights.defaults(), TODAY).orElseThrow();
        MatchResult unnamed = engine.score(3L, accountant, MatchPreferences.none(), MatchWeights.defaults(), TODAY).orElseThrow();

        assertThat(fieldPoints(other)).isPositive().isCloseTo(componentPoints(other) / 2, offset(0.2));
        assertThat(other.score()).isCloseTo(componentPoints(other) - fieldPoints(other), offset(0.2));
        assertThat(fieldPoints(related)).isPositive().isCloseTo(componentPoints(related) / 4, offset(0.2));
        assertThat(unnamed.explanation().penalties()).as("a title naming no field is not judged").isEmpty();
    }

    @Test
    void sentencesAndDatesTheParserTookForTitlesAreNotRecentTitles() {
        MatchEngine engine = engine();
        ResumeFeatures r = engine.prepare(new MatchProfile("r", List.of(new MatchProfile.Section("Summary", "Warehouse work")),
                List.of(), List.of("Warehouse Associate", "January 2017", "80 functional leads and architects report to me.",
                        "Truck Loader", "Dock Worker"), 8, List.of()));

        assertThat(r.roles()).containsExactly("Warehouse Associate", "Truck Loader", "Dock Worker");
        assertThat(r.occupations()).containsExactly(Occupation.LOGISTICS);
    }

    /** A match engine on the default taxonomy and a bag-of-words embedder (no model download). */
    static MatchEngine engine() {
        SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
        return new MatchEngine(taxonomy, new SkillExtractor(taxonomy),
                new EmbeddingCache(new TestEmbedders.BagOfWords(), new InMemoryVectorStore()));
    }

    private static double componentPoints(MatchResult r) {
        return java.util.Arrays.stream(MatchComponent.values()).mapToDouble(r::points).sum();
    }

    private static double fieldPoints(MatchResult r) {
        return r.explanation().penalties().stream().filter(p -> p.preference().equals("Field"))
                .mapToDouble(MatchExplanation.Penalty::points).sum();
    }
}
