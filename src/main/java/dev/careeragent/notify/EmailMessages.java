package dev.careeragent.notify;

import dev.careeragent.notify.model.RenderedEmail;
import dev.careeragent.notify.model.ScoredPosting;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Builds each kind of email (subject + HTML + text) from its data, through {@link EmailTemplates}. */
public final class EmailMessages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final EmailTemplates templates;
    private final Clock clock;

    public EmailMessages(EmailTemplates templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    public record TestModel(String sentAt, String server) {
    }

    public record HighMatchModel(String intro, List<ScoredPosting> postings) {
    }

    public record InterviewModel(String title, String company, String when, String place, String notes) {
    }

    public RenderedEmail test(String server) {
        return templates.render("test", "Career Agent – test email ✓", new TestModel(format(clock.instant(), WHEN), server));
    }

    public RenderedEmail highMatch(String searchName, List<ScoredPosting> postings) {
        ScoredPosting best = postings.get(0);
        String subject = postings.size() == 1
                ? "New match " + best.score() + "%: " + best.title() + (best.company() == null ? "" : " at " + best.company())
                : postings.size() + " new high matches" + (searchName == null ? "" : " for “" + searchName + "”");
        String intro = (postings.size() == 1 ? "A new posting matches" : postings.size() + " new postings match")
                + " your profile" + (searchName == null ? "." : " in your search “" + searchName + "”.");
        return templates.render("high-match", subject, new HighMatchModel(intro, postings));
    }

    public RenderedEmail digest(LocalDate day, DigestContent content) {
        String subject = "Your Career Agent digest for " + day.format(DAY) + ": " + content.matches().size()
                + (content.matches().size() == 1 ? " new match" : " new matches");
        return templates.render("digest", subject, content);
    }

    public RenderedEmail statusUpdate(StatusUpdate update) {
        return templates.render("status-update", "Application update: " + update.company() + " – " + update.toStatus(), update);
    }

    public record FollowUpModel(String intro, List<DigestContent.FollowUp> followUps) {
    }

    public RenderedEmail followUps(List<DigestContent.FollowUp> followUps) {
        String subject = followUps.size() == 1
                ? "Time to follow up: " + followUps.get(0).company() + " – " + followUps.get(0).title()
                : "Time to follow up on " + followUps.size() + " applications";
        String intro = followUps.size() == 1 ? "This application has had no news for a while:"
                : "These applications have had no news for a while:";
        return templates.render("follow-up", subject, new FollowUpModel(intro, followUps));
    }

    public RenderedEmail interviewReminder(InterviewReminder reminder) {
        String when = format(reminder.at(), WHEN);
        return templates.render("interview-reminder", "Interview reminder: " + reminder.company() + ", " + when,
                new InterviewModel(reminder.title(), reminder.company(), when, reminder.place(), reminder.notes()));
    }

    private String format(Instant instant, DateTimeFormatter format) {
        return instant.atZone(clock.getZone()).format(format);
    }
}
