package dev.careeragent.letters;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.letters.guard.FabricationGuard;
import dev.careeragent.resume.ResumeSkill;
import dev.careeragent.resume.ResumeSkills;
import dev.careeragent.resume.model.Contact;
import dev.careeragent.resume.model.EducationEntry;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.ResumeDate;
import dev.careeragent.skills.RequirementExtractor;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import java.util.List;

/** One resume and one posting the letter tests share, with the real taxonomy, extractors and guard. */
public final class LetterFixtures {

    public static final SkillTaxonomy TAXONOMY = SkillTaxonomy.loadDefault();
    public static final SkillExtractor SKILLS = new SkillExtractor(TAXONOMY);
    public static final FabricationGuard GUARD = new FabricationGuard(SKILLS);

    public static final Resume RESUME = new Resume(
            new Contact("Ada Lovelace", "ada@example.com", "+44 20 7946 0958", "London", List.of()),
            "Backend engineer", null,
            List.of(new ExperienceEntry("Senior Software Engineer", "Northwind Analytics", "London", ResumeDate.of(2019, 3), null, true,
                            List.of("Built Java and Spring Boot services handling 2,000 requests per second",
                                    "Cut cloud costs by 30% by moving batch jobs to Kubernetes",
                                    "Led a team of 5 engineers migrating PostgreSQL schemas")),
                    new ExperienceEntry("Software Engineer", "Contoso Ltd", "Leeds", ResumeDate.of(2015, 9), ResumeDate.of(2019, 2), false,
                            List.of("Wrote Python tools for data pipelines", "Maintained REST APIs used by 40 partner companies"))),
            List.of(new EducationEntry("University of Manchester", "BSc", "Computer Science", null, ResumeDate.of(2011),
                    ResumeDate.of(2015), null, List.of())),
            List.of("Java", "Spring Boot", "Python", "Kubernetes", "PostgreSQL", "Docker"),
            List.of(), List.of(), List.of(), List.of(), List.of());

    public static final List<ResumeSkill> RESUME_SKILLS = new ResumeSkills(TAXONOMY, SKILLS).find(RESUME);

    public static final JobPosting POSTING = JobPosting.builder().id(7L).source("test").sourceId("7").title("Backend Engineer")
            .company("Fabrikam").location("Remote")
            .descriptionText("Fabrikam is hiring a Backend Engineer to build our payments platform.\n"
                    + "Hiring manager: Grace Hopper\n"
                    + "Requirements:\n- 3+ years of experience with Java\n- Experience with Spring Boot and PostgreSQL\n"
                    + "- Terraform is required\nNice to have: Kubernetes, Docker\nFabrikam serves 12 million customers.")
            .build();

    public static LetterFacts facts() {
        return new LetterFactsBuilder(new RequirementExtractor(SKILLS)).build(RESUME, RESUME_SKILLS, POSTING, null);
    }

    private LetterFixtures() {
    }
}
