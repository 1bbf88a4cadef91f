package dev.careeragent.notify;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.notify.model.AlertChannel;
import dev.careeragent.notify.model.ScoredPosting;
import dev.careeragent.notify.settings.MessageRule;
import dev.careeragent.notify.settings.NotificationSettings;
import dev.careeragent.notify.store.AlertRepository;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Alert rules for newly scored postings: a posting at or above a channel's threshold alerts exactly once
 * per channel. Tray: one {@link HighMatchFound} event per posting. Email: at most one batched email per
 * search run, stored in the same transaction as the postings' alert marks.
 */
public final class AlertService {

    private final AlertRepository alerts;
    private final EmailNotifications emails;
    private final EventBus events;
    private final Supplier<NotificationSettings> settings;
    private final Clock clock;

    public AlertService(AlertRepository alerts, EmailNotifications emails, EventBus events,
            Supplier<NotificationSettings> settings, Clock clock) {
        this.alerts = alerts;
        this.emails = emails;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** What one call alerted. */
    public record AlertReport(List<ScoredPosting> trayAlerts, List<ScoredPosting> emailed) {
    }

    /** Call after a search run scored its new postings (best first is not required). */
    public AlertReport onScored(String searchName, List<ScoredPosting> scored) {
        List<ScoredPosting> byScore = scored.stream().sorted(Comparator.comparingInt(ScoredPosting::score).reversed()).toList();
        MessageRule tray = settings.get().tray();
        List<ScoredPosting> trayAlerts = !tray.enabled() ? List.of() : above(byScore, tray).stream()
                .filter(p -> alerts.claim(p, AlertChannel.TRAY, clock.instant()))
                .toList();
        trayAlerts.forEach(p -> events.publish(new HighMatchFound(p.postingId(), p.score(), p.title(), p.company())));

        MessageRule email = emails.highMatchRule();
        List<ScoredPosting> emailed = !emails.emailReady(email) ? List.of()
                : alerts.claimAndQueue(above(byScore, email), AlertChannel.EMAIL, clock.instant(),
                        claimed -> emails.highMatchDraft(searchName, claimed));
        return new AlertReport(trayAlerts, emailed);
    }

    private static List<ScoredPosting> above(List<ScoredPosting> postings, MessageRule rule) {
        return postings.stream().filter(p -> p.score() >= rule.threshold()).toList();
    }
}
