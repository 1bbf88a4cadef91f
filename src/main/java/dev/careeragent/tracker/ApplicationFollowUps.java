package dev.careeragent.tracker;

import dev.careeragent.tracker.model.Application;
import dev.careeragent.notify.DigestContent;
import dev.careeragent.notify.FollowUpSource;
import dev.careeragent.notify.model.ScoredPosting;
import dev.careeragent.tracker.store.ApplicationStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Tracker data for reminders and the digest: open applications whose status has not changed for a while. */
public final class ApplicationFollowUps implements FollowUpSource {

    private static final int DIGEST_FOLLOW_UPS = 10;

    private final ApplicationStore applications;
    private final Clock clock;

    public ApplicationFollowUps(ApplicationStore applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    @Override
    public List<DigestContent.FollowUp> quietBetween(Instant after, Instant until) {
        return applications.quietBetween(after, until).stream().map(this::followUp).toList();
    }

    /** The digest: the given matches and up to 10 applications quiet for {@code quietDays} or more. */
    public DigestContent digest(List<ScoredPosting> matches, int quietDays) {
        List<DigestContent.FollowUp> due = quietBetween(null, clock.instant().minus(Duration.ofDays(quietDays)));
        return new DigestContent(matches, due.subList(0, Math.min(DIGEST_FOLLOW_UPS, due.size())));
    }

    private DigestContent.FollowUp followUp(Application application) {
        LocalDate since = LocalDate.ofInstant(application.updatedAt(), clock.getZone());
        long days = Duration.between(application.updatedAt(), clock.instant()).toDays();
        return new DigestContent.FollowUp(application.id(), application.company(), application.title(),
                application.status().label(), "no news since " + since + " (" + days + " days): consider a short follow-up");
    }
}
