package dev.careeragent.context;

import dev.careeragent.ai.AiSettingsService;
import dev.careeragent.ai.embed.EmbeddingService;
import dev.careeragent.analytics.AnalyticsService;
import dev.careeragent.assistant.AssistantService;
import dev.careeragent.assistant.JobTools;
import dev.careeragent.assistant.TrackerTools;
import dev.careeragent.assistant.store.ConversationStore;
import dev.careeragent.tailor.TailorService;
import dev.careeragent.tailor.store.TailoredResumeStore;
import dev.careeragent.analytics.DashboardService;
import dev.careeragent.analytics.store.AnalyticsRepository;
import dev.careeragent.clip.ClipApi;
import dev.careeragent.clip.ClipService;
import dev.careeragent.clip.ClipSettings;
import dev.careeragent.clip.ClipToken;
import dev.careeragent.core.DataFolder;
import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.log.RecentErrors;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.diagnostics.DiagnosticsService;
import dev.careeragent.letters.LetterComposer;
import dev.careeragent.letters.LetterFactsBuilder;
import dev.careeragent.letters.LetterService;
import dev.careeragent.letters.guard.FabricationGuard;
import dev.careeragent.letters.store.LetterStore;
import dev.careeragent.jobs.stale.StalePostings;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.match.AutoScoring;
import dev.careeragent.match.EmbeddingCache;
import dev.careeragent.match.MatchEngine;
import dev.careeragent.match.MatchPreferences;
import dev.careeragent.match.MatchService;
import dev.careeragent.match.MatchWeights;
import dev.careeragent.match.store.MatchScoreRelation;
import dev.careeragent.match.store.MatchStore;
import dev.careeragent.match.ResumeProfiles;
import dev.careeragent.match.store.SqliteVectorStore;
import dev.careeragent.notify.settings.NotificationSettings;
import dev.careeragent.profile.ProfileService;
import dev.careeragent.profile.store.ProfileRepository;
import dev.careeragent.resume.ResumeParser;
import dev.careeragent.resume.ResumeService;
import dev.careeragent.resume.ResumeSkills;
import dev.careeragent.jobs.store.PostingIngest;
import dev.careeragent.jobs.store.SavedSearchRepository;
import dev.careeragent.jobs.store.PostingSearch;
import dev.careeragent.resume.store.ResumeVersionRepository;
import dev.careeragent.resume.ats.AtsChecker;
import dev.careeragent.resume.ats.AtsService;
import dev.careeragent.resume.store.PostingChoiceRepository;
import dev.careeragent.resume.ats.RuleBasedAdvisor;
import dev.careeragent.skills.RequirementExtractor;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import dev.careeragent.schedule.store.ScheduleRepository;
import dev.careeragent.sources.search.schedule.ScheduledSearches;
import dev.careeragent.schedule.ScheduleStatus;
import dev.careeragent.sources.catalog.JobPageParser;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.catalog.SourceCatalog;
import dev.careeragent.sources.browser.BrowserSession;
import dev.careeragent.sources.fetch.Politeness;
import dev.careeragent.sources.fetch.SourcePolicy;
import dev.careeragent.sources.fetch.SourceHealthRegistry;
import dev.careeragent.sources.search.JobPageImport;
import dev.careeragent.sources.search.JobPageReader;
import dev.careeragent.sources.search.JobSearchService;
import dev.careeragent.sources.settings.SourceSettings;
import dev.careeragent.sources.store.SourceHealthRepository;
import dev.careeragent.sources.search.SourceSettingsService;
import dev.careeragent.store.Database;
import dev.careeragent.store.DatabaseBackups;
import dev.careeragent.tracker.InterviewService;
import dev.careeragent.tracker.JobPrepTopics;
import dev.careeragent.tracker.OfferService;
import dev.careeragent.tracker.TrackerReminderJob;
import dev.careeragent.tracker.TrackerService;
import dev.careeragent.tracker.exchange.TrackerExchange;
import dev.careeragent.tracker.store.InterviewStore;
import dev.careeragent.tracker.store.OfferStore;
import dev.careeragent.tracker.store.ApplicationStore;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The composition root: builds every service once, in dependency order, and closes them on exit.
 * The GUI and the CLI both start from here; nothing else constructs services.
 */
public final class AppContext implements AutoCloseable {

    private final DataFolder folder;
    private final Clock clock;
    private final SettingsStore settings;
    private final RecentErrors recentErrors;
    private final EventBus events = new EventBus();
    private final TaskExecutor tasks;
    private final DatabaseBackups backups;
    private final Database database;
    private final DashboardService dashboard;
    private final AnalyticsService analytics;
    private final DiagnosticsService diagnostics;
    private final ScheduleRepository scheduleRepository;
    private final ScheduleStatus scheduleStatus;
    private final EmbeddingService embeddings;
    private final ResumeProfiles resumeProfiles;
    private final MatchService matching;
    private final ProfileService profile;
    private final ResumeService resumeService;
    private final AtsService ats;
    private final AgentServices agent;
    private final JobPostingRepository postings;
    private final SavedSearchRepository savedSearches;
    private final PostingSearch postingSearch;
    private final Politeness politeness;
    private final JobPageParser jobPageParser;
    private final JobSearchService jobSearch;
    private final JobPageReader jobPageReader;
    private final JobPageImport jobPageImport;
    private final TrackerService tracker;
    private final InterviewService interviews;
    private final OfferService offers;
    private final TrackerExchange exchange;
    private final ClipToken clipToken;
    private final ClipService clips;
    private final ClipApi clipApi;
    private final AiSettingsService ai;
    private final LetterService letters;
    private final StalePostings stalePostings;
    private final AssistantService assistant;
    private final TailorService tailor;

    /**
     * @throws dev.careeragent.store.DatabaseException when the database cannot be opened; the caller
     *         offers the user the way out (restore a backup, close the other program, ...)
     */
    public AppContext(DataFolder folder, Clock clock, SettingsStore settings, RecentErrors recentErrors, TaskExecutor tasks) {
        this(folder, clock, settings, recentErrors, tasks, UnaryOperator.identity());
    }

    /** {@code sourceTuning} adjusts each job source's politeness policy: the app keeps it, tests shorten the waits. */
    public AppContext(DataFolder folder, Clock clock, SettingsStore settings, RecentErrors recentErrors, TaskExecutor tasks,
            UnaryOperator<SourcePolicy> sourceTuning) {
        this.folder = folder;
        this.clock = clock;
        this.settings = settings;
        this.recentErrors = recentErrors;
        this.tasks = tasks;
        this.backups = new DatabaseBackups(folder.backups(), clock);
        this.database = Database.open(folder.database(), backups, Entities.ALL);
        ResumeVersionRepository resumes = new ResumeVersionRepository(database);
        JobPostingRepository postings = new JobPostingRepository(database, clock);
        this.tracker = new TrackerService(new ApplicationStore(database), folder.root(), events, clock,
                () -> settings.get(NotificationSettings.KEY).followUpAfterDays() * 2);
        this.diagnostics = new DiagnosticsService(folder, database, recentErrors, tasks.timings());
        this.scheduleRepository = new ScheduleRepository(database);
        this.scheduleStatus = new ScheduleStatus(scheduleRepository, () -> BuiltInJobs.plans(settings.get(NotificationSettings.KEY)), clock);
        this.postings = postings;
        this.savedSearches = new SavedSearchRepository(database);
        this.postingSearch = new PostingSearch(database, new MatchScoreRelation());
        this.politeness = Politeness.standard(events, new SourceHealthRegistry(clock));
        PostingNormalizer normalizer = new PostingNormalizer(clock);
        this.jobPageParser = new JobPageParser(normalizer, clock);
        PostingIngest ingest = new PostingIngest(database, clock);
        SourceSettingsService sourceSettings = new SourceSettingsService(settings, () -> agent().vault());
        this.stalePostings = new StalePostings(postings, () -> settings.get(SourceSettings.KEY).staleAfterDays(), clock);
        this.jobSearch = new JobSearchService(new SourceCatalog(normalizer, clock, sourceTuning), politeness, sourceSettings,
                ingest, stalePostings, new SourceHealthRepository(database), events, BrowserSession::new, clock);
        this.jobPageReader = new JobPageReader(jobPageParser, politeness, sourceSettings);
        this.jobPageImport = new JobPageImport(jobPageReader, ingest, events);
        SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
        SkillExtractor skills = new SkillExtractor(taxonomy);
        // The model loads on first use; the UI warms it up in a background task. One thread per core: embedding runs
        // in the background and the UI thread still gets its share of a core from the OS.
        this.embeddings = new EmbeddingService(folder.root().resolve("cache"), Runtime.getRuntime().availableProcessors());
        this.resumeProfiles = new ResumeProfiles(skills);
        this.matching = new MatchService(new MatchEngine(taxonomy, skills,
                new EmbeddingCache(embeddings, new SqliteVectorStore(database, clock))), new MatchStore(database, clock), events, clock);
        this.profile = new ProfileService(new ProfileRepository(database, clock));
        profile.follow(preferences -> matching.useProfile(MatchPreferences.from(preferences), MatchWeights.from(preferences.weights())));
        this.resumeService = new ResumeService(resumes, new ResumeParser(), new ResumeSkills(taxonomy, skills), events, clock);
        this.ats = new AtsService(resumeService, new AtsChecker(taxonomy, new RequirementExtractor(skills),
                new RuleBasedAdvisor(), clock), postings, new PostingChoiceRepository(database));
        this.ai = new AiSettingsService(settings, () -> agent().vault());
        this.letters = new LetterService(resumeService, postings, new LetterFactsBuilder(new RequirementExtractor(skills)),
                new LetterComposer(new FabricationGuard(skills)), new LetterStore(database, clock), ai::connector,
                matching::explanation, clock);
        this.tailor = new TailorService(resumeService, postings, skills, new FabricationGuard(skills), ai::connector,
                new TailoredResumeStore(database, clock));
        resumeService.purgeDeleted();
        InterviewStore interviewStore = new InterviewStore(database);
        OfferStore offerStore = new OfferStore(database);
        this.interviews = new InterviewService(interviewStore, tracker,
                new JobPrepTopics(postings, new RequirementExtractor(skills), matching), events, clock);
        this.offers = new OfferService(offerStore, tracker);
        AnalyticsRepository analyticsStore = new AnalyticsRepository(database);
        this.analytics = new AnalyticsService(analyticsStore, matching::resumeVersionId, clock);
        this.dashboard = new DashboardService(new DashboardService.Sources(resumes, postings, tracker, interviews, offers,
                matching::resumeVersionId), analyticsStore, () -> settings.get(NotificationSettings.KEY).tray().threshold(), clock);
        this.exchange = new TrackerExchange(new ApplicationStore(database), interviewStore, offerStore, postings, ingest, clock);
        this.agent = new AgentServices(folder, database, settings, events, tasks, clock, scheduleRepository,
                savedSearches, new ScheduledSearches(savedSearches, jobSearch), stalePostings,
                emails -> List.of(new TrackerReminderJob(interviewStore, offerStore, tracker, emails, events)));
        agent.savedSearches().recordManualRuns(events);
        this.clipToken = new ClipToken(agent.vault());
        this.clips = new ClipService(jobPageParser, ingest, posting -> matching.hasResume()
                ? java.util.OptionalDouble.of(matching.score(posting).score()) : java.util.OptionalDouble.empty(), events);
        this.clipApi = new ClipApi(() -> settings.get(ClipSettings.KEY), clipToken, clips, this::metrics);
        JobTools jobTools = new JobTools(postingSearch, postings, matching, letters, resumeService, ats, tailor);
        this.assistant = new AssistantService(new ConversationStore(database, clock),
                java.util.stream.Stream.concat(jobTools.tools().stream(), new TrackerTools(tracker, jobTools).tools().stream()).toList(),
                ai::connector, clock);
        assistant.purgeDeleted();
    }

    public DataFolder folder() { return folder; }
    public Clock clock() { return clock; }
    public SettingsStore settings() { return settings; }
    public RecentErrors recentErrors() { return recentErrors; }
    public EventBus events() { return events; }
    public TaskExecutor tasks() { return tasks; }
    public DatabaseBackups backups() { return backups; }
    public Database database() { return database; }
    public DashboardService dashboard() { return dashboard; }
    public AnalyticsService analytics() { return analytics; }
    public DiagnosticsService diagnostics() { return diagnostics; }
    public ScheduleRepository scheduleRepository() { return scheduleRepository; }
    public ScheduleStatus scheduleStatus() { return scheduleStatus; }
    public EmbeddingService embeddings() { return embeddings; }
    public ResumeProfiles resumeProfiles() { return resumeProfiles; }
    public MatchService matching() { return matching; }
    /** The user's preferences; every score (Jobs page, alerts) follows them. */
    public ProfileService profile() { return profile; }
    public ResumeService resumeService() { return resumeService; }
    public AtsService ats() { return ats; }
    /** Vault, email, alerts and the scheduler; the desktop app starts it after the main window shows. */
    public AgentServices agent() { return agent; }

    /** Scores new postings as they arrive and rescores after a resume change; the desktop app starts it. */
    public void startAutoScoring() {
        AutoScoring scoring = new AutoScoring(events, tasks, matching, resumeProfiles, resumeService, postings, agent.alerts(),
                () -> profile.preferences().targetRoles(), clock);
        scoring.start();
        profile.onChange(changed -> scoring.preferencesChanged());
        agent.scheduler().register(scoring.catchUpJob());
    }
    public JobPostingRepository postings() { return postings; }
    public SavedSearchRepository savedSearches() { return savedSearches; }
    public PostingSearch postingSearch() { return postingSearch; }
    public Politeness politeness() { return politeness; }
    public JobPageParser jobPageParser() { return jobPageParser; }
    public JobSearchService jobSearch() { return jobSearch; }
    public JobPageReader jobPageReader() { return jobPageReader; }
    public JobPageImport jobPageImport() { return jobPageImport; }
    public TrackerService tracker() { return tracker; }
    public InterviewService interviews() { return interviews; }
    public OfferService offers() { return offers; }
    public TrackerExchange exchange() { return exchange; }
    public ClipToken clipToken() { return clipToken; }
    public ClipService clips() { return clips; }
    /** The clip API at the port from Settings; the desktop app starts it, {@link #close()} stops it. */
    public ClipApi clipApi() { return clipApi; }

    /** Counts, last runs and queue sizes for GET /api/metrics. */
    public java.util.Map<String, Object> metrics() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("activePostings", postings.countActive());
        m.put("applications", tracker.count());
        m.put("runningTasks", tasks.running().size());
        m.put("lastRuns", scheduleStatus.recentRuns(5).stream().map(r -> java.util.Map.of("job", r.jobKey(),
                "outcome", String.valueOf(r.outcome()))).toList());
        return m;
    }
    /** The language model chosen in Settings -> AI (None by default). */
    public AiSettingsService ai() { return ai; }
    public LetterService letters() { return letters; }
    public StalePostings stalePostings() { return stalePostings; }
    /** The Assistant page's chat with tools over the user's data. */
    public AssistantService assistant() { return assistant; }
    /** Tailored resume versions for a job (ATS panel). */
    public TailorService tailor() { return tailor; }

    @Override
    public void close() {
        clipApi.close();
        agent.close();
        tasks.close();
        embeddings.close();
        database.close();
    }
}
