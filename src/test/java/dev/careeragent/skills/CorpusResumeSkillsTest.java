package dev.careeragent.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Skill extraction on real resumes of the shared corpus: finds what a human reader sees, with evidence. */
class CorpusResumeSkillsTest {

    private static final SkillExtractor EXTRACTOR = new SkillExtractor(SkillTaxonomy.loadDefault());

    private static List<String> skills(String relative) {
        return SkillExtractor.distinctSkills(EXTRACTOR.extract(CorpusText.of(relative), "Resume"))
                .stream().map(Skill::name).toList();
    }

    @Test
    void softwareEngineerTextResume() {
        String text = CorpusText.of("resumes/text/soupboss__sample_resume.txt");
        List<SkillMention> mentions = EXTRACTOR.extract(text, "Resume");
        assertThat(SkillExtractor.distinctSkills(mentions)).extracting(Skill::name).contains("Python", "JavaScript",
                "TypeScript", "Go", "SQL", "Django", "React", "Node.js", "Flask", "FastAPI", "Amazon Web Services",
                "Google Cloud Platform", "Microsoft Azure", "PostgreSQL", "MongoDB", "Redis", "Docker", "Kubernetes",
                "CI/CD", "Terraform", "Git", "Jira", "Jenkins", "Linux", "Unix", "Apache Kafka", "Microservices",
                "REST APIs", "Machine Learning", "Code Review", "English", "Spanish", "French");
        SkillMention go = mentions.stream().filter(m -> m.skill().name().equals("Go")).findFirst().orElseThrow();
        assertThat(go.matchedText()).isEqualTo("Go");
        assertThat(text.substring(go.start(), go.end())).isEqualTo("Go");
        assertThat(mentions.stream().filter(m -> m.skill().name().equals("Python"))).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void accountantDocx() {
        assertThat(skills("resumes/docx/soupboss__01-Accountant.docx")).contains("Accounting", "Tax Preparation",
                "Accounts Payable", "Accounts Receivable", "Balance Sheet", "Forecasting", "Auditing",
                "Internal Audit", "Payroll", "Financial Reporting", "Certified Public Accountant",
                "Chartered Financial Analyst", "Mathematics", "Attention to Detail", "Communication",
                "Organizational Skills");
    }

    @Test
    void desktopSupportDocx() {
        assertThat(skills("resumes/docx/soupboss__01-Desktop_Support.docx")).contains("Desktop Support",
                "Troubleshooting", "Technical Support", "Hardware Installation", "Data Entry", "Customer Service",
                "Patience", "Data Analysis", "Communication", "Google IT Support Professional Certificate",
                "AppleCare Hardware Certification");
    }

    @Test
    void officeCoordinatorDocxAndItsPdfTwinAgree() {
        List<String> docx = skills("resumes/docx/soupboss__01-Office_Coordinator.docx");
        assertThat(docx).contains("Office Management", "Bilingual", "Customer Service", "Data Entry", "Filing",
                "Scheduling", "Medical Billing", "Microsoft Word", "Microsoft Excel", "Microsoft Outlook", "Typing",
                "Supply Chain Management", "Compliance");
        assertThat(docx).doesNotContain("Nursing");
        assertThat(skills("resumes/pdf/soupboss__01-Office_Coordinator.pdf")).containsAll(docx);
    }

    @Test
    void businessStudentDocxKeepsSeasonsAndJobTitlesOut() {
        List<String> found = skills("resumes/docx/bjherger__john_smith.docx");
        assertThat(found).contains("Microsoft Office", "Microsoft Word", "Microsoft PowerPoint", "Microsoft Excel",
                "SQL", "Adobe Photoshop", "Time Management", "Communication", "Problem Solving", "Conflict Resolution",
                "Customer Service", "Teamwork");
        assertThat(found).doesNotContain("Spring Framework", "Waiting Tables", "LinkedIn Ads");
    }
}
