package dev.careeragent.analytics;

import dev.careeragent.analytics.AnalyticsStore.NewMatch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What needs attention today: follow-ups due, the coming interviews, new high matches since {@code newSince} (the
 * last visit) and offers whose answer is due soon. {@code canScore} is false while no resume is scored against.
 */
public record TodayAgenda(LocalDate today, List<FollowUp> followUps, List<UpcomingInterview> interviews, Instant newSince,
        boolean canScore, List<NewMatch> newMatches, List<OfferDeadline> offers) {

    public TodayAgenda {
        followUps = List.copyOf(followUps);
        interviews = List.copyOf(interviews);
        newMatches = List.copyOf(newMatches);
        offers = List.copyOf(offers);
    }

    public record FollowUp(long applicationId, String company, String title, String reason) {
    }

    public record UpcomingInterview(long interviewId, long applicationId, String company, String title,
            ZonedDateTime start, String kind, String place) {
    }

    public record OfferDeadline(long offerId, long applicationId, String company, String title, LocalDate deadline,
            long daysLeft) {
    }
}
