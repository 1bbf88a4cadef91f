package dev.careeragent.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Requirement extraction on the real postings of the shared corpus (text, PDF and saved job pages). */
class CorpusRequirementsTest {

    private static final RequirementExtractor EXTRACTOR =
            new RequirementExtractor(new SkillExtractor(SkillTaxonomy.loadDefault()));

    private static List<String> names(List<SkillRequirement> list) {
        return list.stream().map(r -> r.skill().name()).toList();
    }

    @Test
    void javaDeveloperPdfRequiresJavaAndItsEnterpriseStack() {
        JobRequirements r = EXTRACTOR.extract(CorpusText.of("jobs/pdf/resume-matcher__job_desc_java_developer.pdf"));
        assertThat(names(r.required())).contains("Java", "Java EE", "SQL", "Relational Databases", "Hibernate", "JPA",
                "Spring MVC", "JSF", "GWT", "Apache Wicket", "Test-Driven Development", "Object-Oriented Programming",
                "Design Patterns");
        assertThat(names(r.required())).doesNotContain("Python", "Microsoft Excel");
        assertThat(r.minYearsOverall()).hasValue(3);
    }

    @Test
    void frontEndPdfRequiresTheWebStackWithTwoYears() {
        JobRequirements r = EXTRACTOR.extract(CorpusText.of("jobs/pdf/resume-matcher__job_desc_front_end_engineer.pdf"));
        assertThat(names(r.required())).contains("JavaScript", "HTML", "CSS", "React", "Vue.js", "Angular", "jQuery", "Git");
        assertThat(names(r.required()).stream().filter(n -> n.equals("Java")).toList()).isEmpty();
        assertThat(r.minYearsOverall()).hasValue(2);
    }

    @Test
    void mlPostingRequiresPythonAndMlSkills() {
        JobRequirements r = EXTRACTOR.extract(CorpusText.of("jobs/text/resume-matcher-e2e__ml-eng.txt"));
        assertThat(names(r.required())).contains("Machine Learning", "Python", "PyTorch", "scikit-learn", "Hugging Face",
                "Feature Stores", "A/B Testing", "Amazon SageMaker", "SQL", "Apache Spark", "Dask");
        assertThat(r.required().get(0).skill().name()).isEqualTo("Machine Learning");
        assertThat(r.required().get(0).minYears()).hasValue(3);
        // named only in the day-to-day work: the work needs them, no sentence calls them a wish
        assertThat(names(r.required())).contains("MLflow", "Ray");
        assertThat(names(r.preferred())).doesNotContain("MLflow", "Ray", "Python");
        assertThat(r.minYearsOverall()).hasValue(3);
    }

    @Test
    void backendPostingRequiresPythonForFourYearsAndItsInfrastructure() {
        JobRequirements r = EXTRACTOR.extract(CorpusText.of("jobs/text/resume-matcher-e2e__backend-eng.txt"));
        SkillRequirement python = r.required().stream().filter(s -> s.skill().name().equals("Python")).findFirst().orElseThrow();
        assertThat(python.minYears()).hasValue(4);
        assertThat(python.evidence()).contains("4+ years of professional Python experience");
        assertThat(names(r.required())).contains("asyncio", "Docker", "Kubernetes", "Redis", "CI/CD", "GitHub Actions", "Datadog");
        assertThat(names(r.required())).contains("FastAPI", "PostgreSQL", "Apache Kafka", "Amazon Web Services");
        assertThat(r.preferred()).isEmpty();
        assertThat(r.minYearsOverall()).hasValue(4);
    }

    @Test
    void linkedInDataCenterPostingSplitsMinimumFromPreferredQualifications() {
        String text = CorpusText.htmlDescription("jobs/html/linkedin/talynt__linkedin_posting.html", ".description__text");
        JobRequirements r = EXTRACTOR.extract(text);
        assertThat(names(r.required())).contains("Data Center Operations", "PLC Programming", "SCADA");
        assertThat(r.required().get(0).minYears()).hasValue(10);
        assertThat(names(r.preferred())).contains("Electrical Infrastructure", "Industrial Automation");
        assertThat(names(r.required())).doesNotContain("Recruiting", "Go", "R", "C");
        assertThat(names(r.preferred())).doesNotContain("Recruiting");
        assertThat(r.minYearsOverall()).hasValue(10);
    }

    @Test
    void indeedEngineeringManagerPostingAsksForSoftwareDevelopment() {
        String text = CorpusText.htmlDescription("jobs/html/indeed/talynt__indeed_posting.html", "#jobDescriptionText");
        JobRequirements r = EXTRACTOR.extract(text);
        List<String> all = new java.util.ArrayList<>(names(r.required()));
        all.addAll(names(r.preferred()));
        assertThat(all).contains("Software Development", "Linux");
    }
}
