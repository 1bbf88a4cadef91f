package dev.careeragent.ui.sources;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.sources.catalog.SourceCatalog;
import dev.careeragent.sources.search.JobSearchService;
import dev.careeragent.sources.search.SourceSettingsService;
import dev.careeragent.sources.settings.DelayRange;
import dev.careeragent.sources.settings.ProxyServer;
import dev.careeragent.sources.settings.SourceSettings;
import dev.careeragent.ui.common.FieldValues;
import dev.careeragent.ui.common.FormSnapshot;
import dev.careeragent.ui.jobs.SourceHealthItem;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings > Job sources: which sources run, the LinkedIn opt-in (only after its terms notice is acknowledged),
 * company boards, archive period, page delay, proxy (password only into the secret vault), browser path, and
 * every source's health with "Resume now" for a paused one, and under Advanced each public API's base URL. Edits wait
 * for Save (one atomic settings write, in the background); Cancel puts back what was saved.
 */
public final class SourceSettingsViewModel {

    /** The sources whose company board names the user types. */
    public static final List<String> BOARD_SOURCES = List.of("greenhouse", "lever", "ashby");

    private final JobSearchService runs;
    private final SourceSettingsService service;
    private final TaskExecutor tasks;
    private final Clock clock;

    private final List<SourceToggle> sources = SourceCatalog.ENTRIES.stream()
            .map(e -> new SourceToggle(e.id(), e.displayName(), e.notice(), e.optIn())).toList();
    private final BooleanProperty linkedInAccepted = new SimpleBooleanProperty();
    private final Map<String, StringProperty> boards = Map.of("greenhouse", new SimpleStringProperty(""),
            "lever", new SimpleStringProperty(""), "ashby", new SimpleStringProperty(""));
    private final StringProperty archiveDays = new SimpleStringProperty("");
    private final StringProperty delayMin = new SimpleStringProperty("");
    private final StringProperty delayMax = new SimpleStringProperty("");
    private final BooleanProperty proxyEnabled = new SimpleBooleanProperty();
    private final StringProperty proxyHost = new SimpleStringProperty("");
    private final StringProperty proxyPort = new SimpleStringProperty("");
    private final StringProperty proxyUser = new SimpleStringProperty("");
    private final StringProperty proxyPassword = new SimpleStringProperty("");
    private final BooleanProperty proxyPasswordSaved = new SimpleBooleanProperty();
    private final StringProperty browserPath = new SimpleStringProperty("");
    private final Map<String, StringProperty> baseUrls = new LinkedHashMap<>();
    private final FormSnapshot form = new FormSnapshot();
    private final ObservableList<SourceHealthItem> health = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusOk = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public SourceSettingsViewModel(JobSearchService runs, TaskExecutor tasks, Clock clock) {
        this.runs = runs;
        this.service = runs.settings();
        this.tasks = tasks;
        this.clock = clock;
        SourceCatalog.ENTRIES.stream().filter(e -> !e.needsBrowser())
                .forEach(e -> baseUrls.put(e.id(), new SimpleStringProperty("")));
        form.track(sources.stream().map(SourceToggle::enabled).toList()).track(linkedInAccepted)
                .track(BOARD_SOURCES.stream().map(boards::get).toList())
                .track(archiveDays, delayMin, delayMax, proxyEnabled, proxyHost, proxyPort, proxyUser, proxyPassword, browserPath)
                .track(List.copyOf(baseUrls.values()));
        linkedInAccepted.addListener((obs, was, accepted) -> {
            if (!accepted) {
                sources.stream().filter(SourceToggle::optIn).forEach(t -> t.enabled().set(false));
            }
        });
        load();
    }

    /** Fills the fields from the saved settings; the vault and the health are read in the background. */
    public void load() {
        SourceSettings s = service.sources();
        linkedInAccepted.set(s.linkedInOptIn());
        sources.forEach(t -> t.enabled().set(s.enabledSources().contains(t.id()) && (!t.optIn() || s.linkedInOptIn())));
        boards.forEach((id, text) -> text.set(String.join(", ", s.boardsOf(id))));
        archiveDays.set(String.valueOf(s.staleAfterDays()));
        delayMin.set(String.valueOf(s.pageDelay().minSeconds()));
        delayMax.set(String.valueOf(s.pageDelay().maxSeconds()));
        ProxyServer proxy = s.proxyServer();
        proxyEnabled.set(proxy.enabled());
        proxyHost.set(text(proxy.host()));
        proxyPort.set(proxy.port() > 0 ? String.valueOf(proxy.port()) : "");
        proxyUser.set(text(proxy.user()));
        proxyPassword.set("");
        browserPath.set(text(service.browserPath()));
        baseUrls.forEach((id, url) -> url.set(s.baseUrls().getOrDefault(id, "")));
        form.markSaved();
        tasks.execute(BackgroundTask.of("Checking the saved proxy password", service::hasProxyPassword)
                .onSuccess(proxyPasswordSaved::set));
        refreshHealth();
    }

    public void save() {
        save(() -> { });
    }

    /** Saves, then runs {@code onSaved} on success (the first-run guide moves on only then). */
    public void save(Runnable onSaved) {
        SourceSettings value;
        try {
            value = validated();
        } catch (IllegalArgumentException e) {
            report(false, e.getMessage());
            return;
        }
        String password = proxyPassword.get() == null || proxyPassword.get().isEmpty() ? null : proxyPassword.get();
        String path = browserPath.get();
        busy.set(true);
        status.set("");
        tasks.execute(BackgroundTask.of("Saving job source settings", () -> {
            service.save(value, path, password);
            return null;
        }).onSuccess(ignored -> {
            if (password != null) {
                proxyPassword.set("");
                proxyPasswordSaved.set(true);
            }
            form.markSaved();
            report(true, "Saved.");
            onSaved.run();
        }).onFailure(e -> report(false, e.getMessage())).onFinished(() -> busy.set(false)));
    }

    /** Puts every field back to what is saved. */
    public void cancel() {
        form.revert();
        report(true, "");
    }

    /** Ends a source's pause now and shows its health again. */
    public void resume(String sourceId) {
        tasks.execute(BackgroundTask.of("Resuming a source", () -> {
            runs.resume(sourceId);
            return sourceId;
        }).onSuccess(id -> refreshHealth()));
    }

    public void refreshHealth() {
        tasks.execute(BackgroundTask.of("Reading source health", runs::health)
                .onSuccess(list -> health.setAll(list.stream().map(h -> SourceHealthItem.of(h, clock.instant())).toList())));
    }

    private SourceSettings validated() {
        List<String> on = sources.stream().filter(t -> t.enabled().get()).map(SourceToggle::id).toList();
        if (!linkedInAccepted.get() && sources.stream().anyMatch(t -> t.optIn() && t.enabled().get())) {
            throw new IllegalArgumentException("Tick \"I understand\" under LinkedIn's notice before turning LinkedIn on.");
        }
        SourceSettings.Builder s = service.sources().toBuilder().enabledSources(on).linkedInOptIn(linkedInAccepted.get())
                .staleAfterDays(FieldValues.wholeNumber(archiveDays.get(), "The days before unseen jobs are archived", 1, 3650));
        for (String id : BOARD_SOURCES) {
            s.companyBoards(id, Arrays.asList(text(boards.get(id).get()).split("[,\\s]+")));
        }
        baseUrls.forEach((id, url) -> s.baseUrl(id, FieldValues.webAddress(url.get(), "The address of " + nameOf(id))));
        int min = FieldValues.wholeNumber(delayMin.get(), "The shortest delay between pages", 0, 600);
        int max = FieldValues.wholeNumber(delayMax.get(), "The longest delay between pages", 0, 600);
        if (max < min) {
            throw new IllegalArgumentException("The longest delay between pages (" + max + " s) is shorter than the "
                    + "shortest (" + min + " s). Make it the same or longer.");
        }
        boolean useProxy = proxyEnabled.get();
        if (useProxy && text(proxyHost.get()).isBlank()) {
            throw new IllegalArgumentException("Enter the proxy's host name (e.g. proxy.local), or switch the proxy off.");
        }
        int port = useProxy || !text(proxyPort.get()).isBlank() ? FieldValues.wholeNumber(proxyPort.get(), "The proxy port", 1, 65535) : 0;
        return s.pageDelay(new DelayRange(min, max))
                .proxyServer(new ProxyServer(useProxy, proxyHost.get(), port, proxyUser.get())).build();
    }

    private String nameOf(String id) {
        return sources.stream().filter(t -> t.id().equals(id)).map(SourceToggle::name).findFirst().orElse(id);
    }

    private void report(boolean good, String text) {
        statusOk.set(good);
        status.set(text);
    }

    private static String text(String value) {
        return Objects.toString(value, "");
    }

    public List<SourceToggle> sources() { return sources; }
    public BooleanProperty linkedInAcceptedProperty() { return linkedInAccepted; }
    public StringProperty boardsProperty(String sourceId) { return boards.get(sourceId); }
    public StringProperty archiveDaysProperty() { return archiveDays; }
    public StringProperty delayMinProperty() { return delayMin; }
    public StringProperty delayMaxProperty() { return delayMax; }
    public BooleanProperty proxyEnabledProperty() { return proxyEnabled; }
    public StringProperty proxyHostProperty() { return proxyHost; }
    public StringProperty proxyPortProperty() { return proxyPort; }
    public StringProperty proxyUserProperty() { return proxyUser; }
    public StringProperty proxyPasswordProperty() { return proxyPassword; }
    public BooleanProperty proxyPasswordSavedProperty() { return proxyPasswordSaved; }
    public StringProperty browserPathProperty() { return browserPath; }
    /** The public APIs whose base URL can be changed (Advanced), in catalogue order. */
    public List<String> baseUrlSources() { return List.copyOf(baseUrls.keySet()); }
    public StringProperty baseUrlProperty(String sourceId) { return baseUrls.get(sourceId); }
    public String displayName(String sourceId) { return nameOf(sourceId); }
    public ReadOnlyBooleanProperty dirtyProperty() { return form.dirtyProperty(); }
    FormSnapshot form() { return form; }
    public ObservableList<SourceHealthItem> health() { return health; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty statusOkProperty() { return statusOk; }
    public BooleanProperty busyProperty() { return busy; }
}
