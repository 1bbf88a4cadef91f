package dev.careeragent.testing;

import dev.careeragent.resume.export.PdfExporter;
import dev.careeragent.resume.model.Contact;
import dev.careeragent.resume.model.EducationEntry;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Link;
import dev.careeragent.resume.model.ProjectEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.ResumeDate;
import dev.careeragent.resume.model.SectionHeading;
import dev.careeragent.resume.model.SectionKind;
import java.util.List;

/** A made-up person's resume (no real person's data) for UI tests and screenshots, as a model and as a PDF. */
public final class SyntheticResume {

    private SyntheticResume() {
    }

    public static Resume resume() {
        return new Resume(
                new Contact("Maya Lindqvist", "maya.lindqvist@example.com", "+46 70 123 45 67", "Gothenburg, Sweden",
                        List.of(new Link("LinkedIn", "https://www.linkedin.com/in/maya-lindqvist-example"))),
                null,
                "Backend engineer with eight years of Java and Kotlin, building payment and logistics services that"
                        + " stay fast under load. Looking for a senior role in a product team.",
                List.of(
                        new ExperienceEntry("Senior Backend Engineer", "Nordlys Logistics", "Gothenburg, Sweden",
                                ResumeDate.of(2020, 3), null, true, List.of(
                                "Led the move of the shipment tracking service to Kubernetes, cutting deploy time from 40 to 6 minutes",
                                "Designed an event pipeline on Kafka that handles 2 million parcel scans a day",
                                "Mentored four engineers and ran the team's weekly design review",
                                "Cut cloud costs by 18% by right-sizing clusters and moving batch jobs to spot instances")),
                        new ExperienceEntry("Software Engineer", "Bryggan Payments", "Stockholm, Sweden",
                                ResumeDate.of(2016, 8), ResumeDate.of(2020, 2), false, List.of(
                                "Built the card refund API in Java and Spring Boot used by 300 merchants",
                                "Worked on the PostgreSQL reporting queries for the finance team",
                                "Responsible for on-call rotation and incident reviews",
                                "Introduced contract tests between 12 services, halving failed releases in one year")),
                        new ExperienceEntry("Teaching Assistant", "Chalmers University of Technology", "Gothenburg, Sweden",
                                ResumeDate.of(2015, 1), ResumeDate.of(2016, 6), false, List.of(
                                "Taught weekly lab sessions in algorithms and data structures for 60 students",
                                "Wrote automated grading scripts in Python that saved the course team 10 hours a week"))),
                List.of(new EducationEntry("Chalmers University of Technology", "MSc", "Computer Science",
                        "Gothenburg, Sweden", ResumeDate.of(2014, 9), ResumeDate.of(2016, 6), null, List.of())),
                List.of("Java", "Kotlin", "Spring Boot", "PostgreSQL", "Kafka", "Docker", "Git"),
                List.of(new ProjectEntry("Open Parcel", "An open-source parcel label generator", List.of(
                        "Written in Kotlin; 1,200 stars on GitHub"), null, null, false, "https://example.com/open-parcel")),
                List.of("AWS Certified Developer - Associate"),
                List.of("Swedish (native)", "English (fluent)"),
                List.of(),
                List.of(new SectionHeading("Summary", SectionKind.SUMMARY),
                        new SectionHeading("Experience", SectionKind.EXPERIENCE),
                        new SectionHeading("Education", SectionKind.EDUCATION),
                        new SectionHeading("Skills", SectionKind.SKILLS),
                        new SectionHeading("Projects", SectionKind.PROJECTS),
                        new SectionHeading("Certifications", SectionKind.CERTIFICATIONS),
                        new SectionHeading("Languages", SectionKind.LANGUAGES)));
    }

    public static byte[] pdf() {
        return new PdfExporter().export(resume());
    }
}
