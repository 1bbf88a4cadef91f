package dev.careeragent.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.resume.model.Contact;
import dev.careeragent.resume.model.OtherSection;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A resume whose jobs the parser could not place (they sit in sections it has no field for) is still ranked by what
 * it says: the headings of those sections stand in for the job titles, their text for the experience.
 */
class ResumeWithoutPlacedJobsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private final SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
    private final ResumeProfiles profiles = new ResumeProfiles(new SkillExtractor(taxonomy));

    @Test
    void unplacedSectionHeadingsStandInForJobTitlesButStandardSectionsDoNot() {
        MatchProfile profile = profiles.from(teacher(), List.of(), "teacher", TODAY);

        assertThat(profile.titles()).containsExactly("Teaching Experience", "Student Teacher");
        assertThat(profile.sections()).extracting(MatchProfile.Section::name).contains("Student Teacher")
                .doesNotContain("Teaching Experience");
        assertThat(profile.sections()).filteredOn(s -> s.name().equals("Student Teacher")).singleElement()
                .extracting(MatchProfile.Section::text).asString().contains("Facilitated learning of honors chemistry");
    }

    @Test
    void theFieldOfTheUnplacedHeadingsRanksATeachingJobAboveAnOfficeJob() {
        MatchEngine engine = engine();
        ResumeFeatures r = engine.prepare(profiles.from(teacher(), List.of(), "teacher", TODAY));
        String text = "Plan lessons, keep records and work with parents.";
        engine.index(Map.of(1L, engine.analyze(JobPosting.builder().title("Elementary School Teacher").descriptionText(text).build()),
                2L, engine.analyze(JobPosting.builder().title("Administrative Assistant").descriptionText(text).build())));

        MatchResult teaching = score(engine, 1L, r);
        MatchResult office = score(engine, 2L, r);

        assertThat(r.occupations()).containsExactly(Occupation.TEACHING);
        assertThat(teaching.score()).isGreaterThan(office.score());
        assertThat(teaching.explanation().reasons()).contains("Same field as your recent jobs (teaching)");
        assertThat(office.explanation().penalties()).extracting(MatchExplanation.Penalty::preference).contains("Field");
    }

    @Test
    void withNoRoleAtAllFitIsNotJudgedSoLevelAloneAddsNothing() {
        MatchEngine engine = engine();
        ResumeFeatures r = engine.prepare(new MatchProfile("r", List.of(new MatchProfile.Section("Summary",
                "Installed solar arrays and repaired aircraft hydraulics")), List.of(), List.of(), 1, List.of()));
        String text = "Repair hydraulic systems and keep the plant running.";
        engine.index(Map.of(1L, engine.analyze(JobPosting.builder().title("Junior Technician").descriptionText(text).build()),
                2L, engine.analyze(JobPosting.builder().title("Director of Technicians").descriptionText(text).build())));

        MatchResult junior = score(engine, 1L, r);
        MatchResult director = score(engine, 2L, r);

        assertThat(junior.points(MatchComponent.FIT)).isZero();
        assertThat(director.points(MatchComponent.FIT)).isZero();
        assertThat(junior.explanation().reasons()).noneMatch(s -> s.contains("-level job"));
        assertThat(junior.points(MatchComponent.SKILLS) + junior.points(MatchComponent.MEANING)).isGreaterThan(0);
    }

    private static MatchResult score(MatchEngine engine, long id, ResumeFeatures r) {
        return engine.score(id, r, MatchPreferences.none(), MatchWeights.defaults(), TODAY.toEpochDay()).orElseThrow();
    }

    private static Resume teacher() {
        return new Resume(new Contact("Sam Example", null, null, null, List.of()), null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(
                        new OtherSection("Teaching Experience", List.of()),
                        new OtherSection("Student Teacher", List.of("Facilitated learning of honors chemistry for 3rd year students",
                                "Discussed students' progress with parents")),
                        new OtherSection("Education & Certificates", List.of("Bachelor of Science in Secondary Education"))),
                List.of());
    }

    private MatchEngine engine() {
        return new MatchEngine(taxonomy, new SkillExtractor(taxonomy),
                new EmbeddingCache(new TestEmbedders.BagOfWords(), new InMemoryVectorStore()));
    }
}
