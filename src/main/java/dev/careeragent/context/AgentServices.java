package dev.careeragent.context;

import dev.careeragent.analytics.store.SnapshotRepository;
import dev.careeragent.analytics.SnapshotService;
import dev.careeragent.core.DataFolder;
import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.settings.AppSettings;
import dev.careeragent.core.settings.NotificationSettings;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.jobs.stale.StalePostings;
import dev.careeragent.jobs.store.SavedSearchRepository;
import dev.careeragent.notify.store.AlertRepository;
import dev.careeragent.notify.AlertService;
import dev.careeragent.notify.DeliveryCheck;
import dev.careeragent.notify.DigestJob;
import dev.careeragent.notify.EmailMessages;
import dev.careeragent.notify.EmailNotifications;
import dev.careeragent.notify.EmailOutbox;
import dev.careeragent.notify.EmailSender;
import dev.careeragent.notify.EmailSettingsService;
import dev.careeragent.notify.EmailTemplates;
import dev.careeragent.notify.FollowUpJob;
import dev.careeragent.notify.OutboxDeliveryJob;
import dev.careeragent.notify.store.OutboxRepository;
import dev.careeragent.sources.search.schedule.SavedSearchJobs;
import dev.careeragent.sources.search.schedule.SearchSchedule;
import dev.careeragent.schedule.store.ScheduleRepository;
import dev.careeragent.schedule.Scheduler;
import dev.careeragent.security.AppLock;
import dev.careeragent.security.LazySecretVault;
import dev.careeragent.security.SecretVault;
import dev.careeragent.security.SecretVaults;
import dev.careeragent.store.Database;
import dev.careeragent.tracker.ApplicationFollowUps;
import dev.careeragent.tracker.store.ApplicationStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import dev.careeragent.schedule.ScheduledJob;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of the composition root that works while the user doesn't: secret vault, email (templates, sender,
 * outbox), alerts, and the scheduler with its built-in jobs. Building it has no side effects, so the command
 * line can use it too; only the desktop app calls {@link #start}, which settles the outbox and starts ticking.
 */
public final class AgentServices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AgentServices.class);

    private final SettingsStore settings;
    private final LazySecretVault vault;
    private final EmailSettingsService emailSettings;
    private final EmailSender emailSender;
    private final EmailOutbox outbox;
    private final EmailNotifications emails;
    private final AlertService alerts;
    private final Scheduler scheduler;
    private final SearchSchedule savedSearches;
    private final SnapshotService snapshots;
    private final BuiltInJobs builtInJobs;
    private final EventBus events;
    private final AppLock appLock;

    AgentServices(DataFolder folder, Database database, SettingsStore settings, EventBus events, TaskExecutor tasks,
            Clock clock, ScheduleRepository scheduleRepository, SavedSearchRepository searches, SavedSearchJobs.Runner searchRunner,
            StalePostings stalePostings, java.util.function.Function<EmailNotifications, List<ScheduledJob>> featureJobs) {
        this.settings = settings;
        this.events = events;
        Supplier<NotificationSettings> notifications = () -> settings.get().notifications();
        Supplier<Optional<SecretVault>> keychain = SecretVaults.keyringOnce();
        this.appLock = new AppLock(folder.root(), keychain, clock);
        this.vault = new LazySecretVault(() -> SecretVaults.openLocked(folder.root(), appLock, keychain));
        this.emailSettings = new EmailSettingsService(settings, vault);
        EmailMessages messages = new EmailMessages(new EmailTemplates(), clock);
        this.emailSender = new EmailSender(() -> notifications.get().smtp(), vault, messages);
        this.outbox = new EmailOutbox(new OutboxRepository(database), emailSender, DeliveryCheck.NONE, clock);
        this.emails = new EmailNotifications(notifications, messages, outbox, clock);
        AlertRepository alertMarks = new AlertRepository(database);
        this.alerts = new AlertService(alertMarks, emails, events, notifications, clock);
        this.scheduler = new Scheduler(scheduleRepository, tasks, events, clock);
        this.savedSearches = new SearchSchedule(scheduler, searches, searchRunner);
        this.snapshots = new SnapshotService(new SnapshotRepository(database), clock);
        ApplicationFollowUps followUps = new ApplicationFollowUps(new ApplicationStore(database), clock);
        this.builtInJobs = new BuiltInJobs(stalePostings, snapshots,
                new OutboxDeliveryJob(outbox),
                new DigestJob((since, max) -> followUps.digest(alertMarks.alertedSince(since, max),
                        notifications.get().followUpAfterDays()), emails, notifications),
                new FollowUpJob(followUps, emails, events, notifications), featureJobs.apply(emails));
    }

    /**
     * Desktop start: settles emails a crash left half-sent, registers the built-in and saved-search jobs, and
     * ticks on {@code ticker} every {@code tickEvery} (the first tick runs what was missed while the app was off).
     */
    public void start(ScheduledExecutorService ticker, Duration tickEvery) {
        EmailOutbox.ReconcileReport settled = outbox.reconcile();
        LOG.info("Outbox settled at start: {}", settled);
        builtInJobs.registerAll(scheduler);
        savedSearches.start(events);
        settings.addListener(this::reRegisterDigestWhenItsTimeChanged);
        scheduler.start(ticker, tickEvery);
    }

    private void reRegisterDigestWhenItsTimeChanged(AppSettings unused) {
        builtInJobs.digestTimeChanged(scheduler);
    }

    public LazySecretVault vault() { return vault; }
    public AppLock appLock() { return appLock; }
    public EmailSettingsService emailSettings() { return emailSettings; }
    public EmailSender emailSender() { return emailSender; }
    public EmailOutbox outbox() { return outbox; }
    public EmailNotifications emails() { return emails; }
    public AlertService alerts() { return alerts; }
    public Scheduler scheduler() { return scheduler; }
    public SearchSchedule savedSearches() { return savedSearches; }
    public SnapshotService snapshots() { return snapshots; }

    @Override
    public void close() {
        scheduler.close();
    }
}
