package dev.careeragent.ui.dashboard;

import dev.careeragent.analytics.AnalyticsStore.NewMatch;
import dev.careeragent.analytics.TodayAgenda;
import dev.careeragent.schedule.model.RunOutcome;
import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.sources.fetch.Headlines;
import dev.careeragent.sources.fetch.SourceHealth;
import dev.careeragent.ui.jobs.SourceHealthItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the Dashboard words each agenda entry, and what it says when a list is empty. */
final class TodayText {

    static final String NO_FOLLOW_UPS = "No follow-ups due. Give an application a follow-up date and it shows up here on the day.";
    static final String NO_INTERVIEWS = "No interviews in the next 7 days. When you get an invitation, add it from the"
            + " application's Interviews tab (or import the .ics from the email).";
    static final String NO_OFFERS = "No offer is waiting for your answer in the next 14 days.";
    static final String NO_RUNS = "Nothing has run in the background yet. Saved searches run on their schedule: save"
            + " one on the Jobs page.";
    static final String NO_TROUBLE = "Every job source that has run is working.";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private TodayText() {
    }

    static String followUp(TodayAgenda.FollowUp f) {
        return f.company() + " \u2013 " + f.title() + ": " + f.reason();
    }

    static String interview(TodayAgenda.UpcomingInterview i) {
        String place = i.place() == null || i.place().isBlank() ? "" : " \u00b7 " + i.place();
        return WHEN.format(i.start().withZoneSameInstant(ZoneId.systemDefault())) + " \u00b7 " + i.kind() + " \u00b7 "
                + i.company() + " \u2013 " + i.title() + place;
    }

    static String match(NewMatch m) {
        String company = m.company() == null || m.company().isBlank() ? "" : " at " + m.company();
        return Math.round(m.score()) + "  " + m.title() + company;
    }

    static String offer(TodayAgenda.OfferDeadline o) {
        String left = o.daysLeft() == 0 ? "today" : o.daysLeft() == 1 ? "tomorrow" : "in " + o.daysLeft() + " days";
        return o.company() + " \u2013 " + o.title() + ": answer by " + o.deadline() + " (" + left + ")";
    }

    static String run(RunRecord r) {
        Instant at = r.endedAt() != null ? r.endedAt() : r.startedAt();
        String counts = r.counts() == null || r.counts().found() == 0 ? ""
                : " \u00b7 " + r.counts().found() + " found, " + r.counts().newCount() + " new";
        String problem = r.outcome() == RunOutcome.FAILED && r.error() != null ? ": " + Headlines.firstSentence(r.error()) : "";
        String outcome = r.outcome() == null ? "running" : r.outcome().name().toLowerCase(Locale.ROOT);
        return WHEN.format(at.atZone(ZoneId.systemDefault())) + " \u00b7 " + r.jobName() + " \u00b7 " + outcome + counts + problem;
    }

    static String source(SourceHealth h, Instant now) {
        SourceHealthItem item = SourceHealthItem.of(h, now);
        return item.name() + ": " + (item.paused() ? "paused until " + item.pausedUntil()
                + (h.pauseReason() == null ? "" : " (" + Headlines.firstSentence(h.pauseReason()) + ")")
                : item.lastErrorHeadline()) + ". The Jobs page's search panel has the details.";
    }

    /** What the empty "new high matches" card says; {@code hasResume}: a resume version is stored. */
    static String noMatches(TodayAgenda agenda, boolean hasResume) {
        if (!agenda.canScore()) {
            return hasResume ? "Scoring the stored jobs against your resume; the best new ones will show up here."
                    : "Import your resume so new jobs get a match score; the best new ones will show up here.";
        }
        LocalDate since = LocalDate.ofInstant(agenda.newSince(), ZoneId.systemDefault());
        return "No new high matches since " + since + ". Run a search, or let the saved searches run in the background.";
    }
}
