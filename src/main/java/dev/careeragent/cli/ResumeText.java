package dev.careeragent.cli;

import dev.careeragent.resume.ParseReport;
import dev.careeragent.resume.ResumeSkill;
import dev.careeragent.resume.ats.AtsReason;
import dev.careeragent.resume.ats.AtsReport;
import dev.careeragent.resume.ats.AtsSuggestion;
import dev.careeragent.resume.ats.CategoryScore;
import dev.careeragent.resume.ats.WritingAdvice;
import dev.careeragent.resume.model.Contact;
import dev.careeragent.resume.model.EducationEntry;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Labels;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.read.ParseRisk;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** Readable text for the resume commands (the --json forms print the records themselves). */
final class ResumeText {

    private ResumeText() {
    }

    static void print(PrintWriter out, ParseReport report) {
        Resume r = report.resume();
        Contact c = r.contact();
        out.printf("%s (%s, %s)%n", value(c.name()), report.format(), count(report.pageCount(), "page"));
        out.printf("  Email: %s  Phone: %s  Location: %s%n", value(c.email()), value(c.phone()), value(c.location()));
        out.println("Experience:");
        for (ExperienceEntry e : r.experience()) {
            out.printf("  %s (%s to %s), %s%n", Labels.job(e), e.start() == null ? "?" : e.start(),
                    e.current() ? "present" : e.end() == null ? "?" : e.end(), count(e.bullets().size(), "bullet"));
        }
        out.println("Education:");
        for (EducationEntry e : r.education()) {
            out.printf("  %s%n", Labels.join(e.degree(), e.school()));
        }
        out.println("Skills: " + report.normalizedSkills().stream().map(ResumeSkill::name).collect(Collectors.joining(", ")));
        for (ParseRisk risk : report.parseRisks()) {
            out.println("Risk: " + risk.detail());
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static void print(PrintWriter out, AtsReport report) {
        out.printf("ATS score: %d / 100%n", report.score());
        for (CategoryScore c : report.categories()) {
            out.printf("%n%s: %d / %d%n", c.category().title(), c.points(), c.max());
            for (AtsReason reason : report.reasons(c.category())) {
                out.printf("  [%s] %s%n", mark(reason.status()), reason.text());
            }
        }
        if (!report.suggestions().isEmpty()) {
            out.println();
            out.println("Suggestions:");
            report.suggestions().stream().map(AtsSuggestion::text).forEach(s -> out.println("  - " + s));
        }
        if (!report.advice().isEmpty()) {
            out.println();
            out.println("Writing advice:");
            for (WritingAdvice a : report.advice()) {
                out.printf("  - %s: %s%n", a.where(), a.advice());
            }
        }
    }

    private static String mark(AtsReason.Status status) {
        return switch (status) {
            case OK -> "ok";
            case WARNING -> "!!";
            case PROBLEM -> "XX";
        };
    }

    private static String value(String s) {
        return s == null ? "-" : s;
    }
}
