package dev.careeragent.resume;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.careeragent.resume.read.ResumeImportException;
import dev.careeragent.testing.Corpus;

/** The corpus resumes with the facts read off each file by eye, and a shared parser to read them. */
final class CorpusResumes {

    /** What a person sees on the first page; null where the resume does not say. */
    record Expected(String file, String name, String email, String phone, String location, int jobs,
                    String firstTitle, String firstCompany, String firstSchool) {
    }

    static final List<Expected> ALL = List.of(
            new Expected("pdf/awesome-cv__resume.pdf", "Byungjin Park", "posquit0.bj@gmail.com", "(+82) 10-9030-1843",
                    "Mapo-gu, Seoul, Republic of Korea", 8, "DevOps Engineer", "Dunamu Inc.",
                    "POSTECH(Pohang University of Science and Technology)"),
            new Expected("pdf/bjherger__john_smith.pdf", "John Smith", "sresume@kent.edu", "614-555-5555",
                    "Columbus, Ohio", 2, "Resident Advisor", "Kent State University", "Kent State University"),
            new Expected("docx/bjherger__john_smith.docx", "John Smith", "sresume@kent.edu", "614-555-5555",
                    "Columbus, Ohio", 2, "Resident Advisor", "Kent State University", "Kent State University"),
            new Expected("pdf/open-resume__laverne-resume.pdf", "Leo Leopard", "lleopard@laverne.edu", "(909) 555-5555",
                    "La Verne, CA", 0, null, null, "University of La Verne"),
            new Expected("pdf/open-resume__openresume-resume.pdf", "John Doe", "hello@openresume.com", "123-456-7890",
                    "NYC, NY", 3, "Software Engineer", "ABC Company", "XYZ University"),
            new Expected("pdf/pyresparser__OmkarResume.pdf", "Omkar Pathak", "omkarpathak27@gmail.com",
                    "(+91) 8087996634", "Pune, Maharashtra, India", 5, "DATA ENGINEER", "Schlumberger",
                    "Marathwada Mitra Mandal’s College of Engineering"),
            new Expected("pdf/rendercv__John_Doe_ClassicTheme_CV.pdf", "John Doe", "john.doe@email.com", null,
                    "San Francisco, CA", 5, "Co-Founder & CTO", "Nexus AI", "Princeton University"),
            new Expected("pdf/resume-matcher__john_doe.pdf", "John Doe", "john.doe@email.com", "(123) 456-7890",
                    "Anywhere, USA", 2, "Full Stack Java Developer", "ABC Company, Inc.", "State University"),
            new Expected("pdf/resume-matcher__template-modern-single-column.pdf", "John Doe", "john.doe@email.com",
                    "+1 (415) 555-0142", "San Francisco, CA", 3, "Senior Software Engineer", "Stripe", "UC Berkeley"),
            new Expected("pdf/sb2nov__sourabh_bajaj_resume.pdf", "Sourabh Bajaj", "sourabh@sourabhbajaj.com",
                    "+1-123-456-7890", null, 4, "Software Engineer", "Google", "Georgia Institute of Technology"),
            new Expected("pdf/soupboss__01-Accountant.pdf", "Ebony Moore", "emoore@email.com", "206-555-0149",
                    "Seattle, WA", 3, "Certified Public Accountant", "Gilmore Financial", "Cloverfield College"),
            new Expected("docx/soupboss__01-Accountant.docx", "Ebony Moore", "emoore@email.com", "206-555-0149",
                    "Seattle, WA", 3, "Certified Public Accountant", "Gilmore Financial", "Cloverfield College"),
            new Expected("pdf/soupboss__01-Desktop_Support.pdf", "Ivy Haddington", "ihaddington@email.com",
                    "587-555-0176", "Houston, TX", 3, "Desktop Support Technician", "Wilder Tech", "Big Sky University"),
            new Expected("docx/soupboss__01-Desktop_Support.docx", "Ivy Haddington", "ihaddington@email.com",
                    "587-555-0176", "Houston, TX", 3, "Desktop Support Technician", "Wilder Tech", "Big Sky University"),
            new Expected("pdf/soupboss__01-Office_Coordinator.pdf", "John Smith", "jsmith@email.com", "771-555-0100",
                    "Chicago, IL", 3, "Director of Operations", "Alpine Technologies", "Northwest Chicago University"),
            new Expected("docx/soupboss__01-Office_Coordinator.docx", "John Smith", "jsmith@email.com", "771-555-0100",
                    "Chicago, IL", 3, "Director of Operations", "Alpine Technologies", "Northwest Chicago University"),
            new Expected("text/soupboss__sample_resume.txt", "John Smith", "john.smith@email.com", "(555) 123-4567",
                    "San Francisco, CA", 3, "Senior Software Engineer", "TechCorp Inc.",
                    "University of California, Berkeley"),
            new Expected("json/jsonresume__sample.resume.json", "Richard Hendriks", "richard.hendriks@mail.com",
                    "(912) 555-4321", "San Francisco, California, US", 1, "CEO/President", "Pied Piper",
                    "University of Oklahoma"));

    private CorpusResumes() {
    }

    static ParsedResume parse(ResumeParser parser, String relative) throws IOException, ResumeImportException {
        Path file = Corpus.file("resumes/" + relative);
        return parser.parse(Files.readAllBytes(file), file.getFileName().toString());
    }

    static String digits(String phone) {
        return phone == null ? null : phone.replaceAll("\\D", "");
    }
}
