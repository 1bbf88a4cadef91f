package dev.careeragent.ui.guide;

import dev.careeragent.profile.Preferences;
import dev.careeragent.ui.jobs.SearchRunViewModel;
import dev.careeragent.ui.profile.PreferencesViewModel;
import dev.careeragent.ui.resume.ResumeViewModel;
import dev.careeragent.ui.sources.SourceSettingsViewModel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The first-run guide: import a resume, say what you want, choose sources, alerts, AI, then a first search saved
 * and run every hour. Each step reuses the ViewModel the app already has for it, and a step is written only when
 * the user moves on from it ("Next"), so "Skip" leaves the step being edited unwritten.
 */
public final class FirstRunGuideViewModel {

    /** The guide's steps, in order. */
    public enum Step {
        RESUME("Your resume"), WANTS("What you want"), SOURCES("Where to look"), ALERTS("Alerts"),
        AI("AI assistant"), SEARCH("Your first search");

        private final String title;

        Step(String title) {
            this.title = title;
        }

        public String title() { return title; }
    }

    private final ResumeViewModel resume;
    private final PreferencesViewModel wants;
    private final SourceSettingsViewModel sources;
    private final SearchRunViewModel search;
    private final Runnable rememberClosed;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.RESUME);
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final BooleanProperty started = new SimpleBooleanProperty();

    /** {@code rememberClosed} records that the guide was finished or skipped, so it does not open by itself again. */
    public FirstRunGuideViewModel(ResumeViewModel resume, PreferencesViewModel wants, SourceSettingsViewModel sources,
            SearchRunViewModel search, Runnable rememberClosed) {
        this.rememberClosed = rememberClosed;
        this.resume = resume;
        this.wants = wants;
        this.sources = sources;
        this.search = search;
    }

    /** True on a first start: the guide was never finished or skipped, and no resume or preferences exist yet. */
    public static boolean isFirstRun(boolean guideClosed, int resumeVersions, Preferences preferences) {
        return !guideClosed && resumeVersions == 0 && Preferences.none().equals(preferences);
    }

    /** Opens the guide at its first step, showing what is saved now (it can be reopened from Settings). */
    public void open() {
        wants.reload();
        sources.load();
        resume.refresh();
        search.edit(null);
        started.set(false);
        step.set(Step.RESUME);
        open.set(true);
    }

    /** Closes the guide for good (it opens again only when asked for); the step being edited is not written. */
    public void skip() {
        close();
    }

    public void importResume(List<Path> files) {
        files.forEach(resume::importFile);
    }

    /** Writes the current step (preferences, sources) and moves on once it is saved; the last step closes the guide. */
    public void next() {
        switch (step.get()) {
            case WANTS -> wants.save(this::advance);
            case SOURCES -> sources.save(this::advance);
            case SEARCH -> close();
            default -> advance();
        }
    }

    public void back() {
        if (step.get().ordinal() > 0) {
            step.set(Step.values()[step.get().ordinal() - 1]);
        }
    }

    /** "Save and run every hour": saves the search (so the scheduler runs it hourly) and runs it now. */
    public void startSearch() {
        search.keepRunningProperty().set(true);
        search.run();
        started.set(search.errorProperty().get().isEmpty());
    }

    private void close() {
        if (open.get()) {
            open.set(false);
            rememberClosed.run();
        }
    }

    private void advance() {
        Step following = Step.values()[Math.min(step.get().ordinal() + 1, Step.values().length - 1)];
        if (following == Step.SEARCH) {
            prefillSearch();
        }
        step.set(following);
    }

    /** The first search asks for the first target title in the first place, on the sources just chosen. */
    private void prefillSearch() {
        search.edit(null);
        search.form().keywordsProperty().set(first(wants.titlesProperty().get(), "[,;]"));
        search.form().locationProperty().set(first(wants.placesProperty().get(), ";"));
    }

    private static String first(String list, String separators) {
        return Arrays.stream(list.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }

    /** Next is offered when the current step can be left (a running save must finish first). */
    public BooleanBinding busyBinding() {
        return Bindings.createBooleanBinding(() -> wants.busyProperty().get() || sources.busyProperty().get()
                || resume.busyProperty().get(), wants.busyProperty(), sources.busyProperty(), resume.busyProperty());
    }

    public ResumeViewModel resume() { return resume; }
    public PreferencesViewModel wants() { return wants; }
    public SourceSettingsViewModel sources() { return sources; }
    public SearchRunViewModel search() { return search; }
    public ObjectProperty<Step> stepProperty() { return step; }
    public BooleanProperty openProperty() { return open; }
    /** The first search was saved and started. */
    public BooleanProperty startedProperty() { return started; }
}
