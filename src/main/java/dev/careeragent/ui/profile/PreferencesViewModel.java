package dev.careeragent.ui.profile;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.profile.Preferences;
import dev.careeragent.profile.ProfileService;
import dev.careeragent.profile.RemotePreference;
import dev.careeragent.profile.ScoreWeights;
import dev.careeragent.profile.TargetLevel;
import dev.careeragent.ui.common.FormSnapshot;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings > Profile and preferences: target titles, places, work mode, salary floor and currency, employment
 * types, the level aimed for, companies and words to avoid, and the weights of the score's parts. Saving stores them and every score (Jobs page, alerts, {@code careeragent match}) follows; nothing set
 * leaves the scores to the resume alone.
 */
public final class PreferencesViewModel {

    private final ProfileService profile;
    private final TaskExecutor tasks;
    private final StringProperty titles = new SimpleStringProperty("");
    private final StringProperty places = new SimpleStringProperty("");
    private final ObjectProperty<RemotePreference> remote = new SimpleObjectProperty<>(RemotePreference.ANY);
    private final StringProperty salaryFloor = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final StringProperty employmentTypes = new SimpleStringProperty("");
    private final ObjectProperty<TargetLevel> level = new SimpleObjectProperty<>(TargetLevel.ANY);
    private final StringProperty avoidCompanies = new SimpleStringProperty("");
    private final StringProperty avoidWords = new SimpleStringProperty("");
    private final ObjectProperty<Integer> skillsWeight = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> meaningWeight = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> fitWeight = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> preferencesWeight = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final FormSnapshot form = new FormSnapshot();

    public PreferencesViewModel(ProfileService profile, TaskExecutor tasks) {
        this.profile = profile;
        this.tasks = tasks;
        form.track(titles, places, remote, salaryFloor, currency, employmentTypes, level, avoidCompanies, avoidWords,
                skillsWeight, meaningWeight, fitWeight, preferencesWeight);
        show(profile.preferences());
    }

    /** Shows the saved preferences again, dropping unsaved edits. */
    public void reload() {
        show(profile.preferences());
        status.set("");
    }

    public void save() {
        save(() -> { });
    }

    /** Saves, then runs {@code onSaved} on success (the first-run guide moves on only then). */
    public void save(Runnable onSaved) {
        Long floor;
        try {
            String digits = salaryFloor.get().replaceAll("[\\s,._']", "");
            floor = digits.isEmpty() ? null : Long.valueOf(digits);
        } catch (NumberFormatException e) {
            status.set("The salary floor must be a whole number a year, e.g. 60000.");
            return;
        }
        ScoreWeights weights;
        try {
            weights = new ScoreWeights(orZero(skillsWeight), orZero(meaningWeight), orZero(fitWeight), orZero(preferencesWeight));
        } catch (IllegalArgumentException e) {
            status.set("The weights were not saved: " + e.getMessage());
            return;
        }
        Preferences preferences = new Preferences(list(titles), list(places), remote.get(), floor, currency.get(),
                list(employmentTypes), level.get(), list(avoidCompanies), list(avoidWords), weights);
        busy.set(true);
        tasks.execute(BackgroundTask.of("Saving your preferences", () -> {
            profile.save(preferences);
            return preferences;
        }).onSuccess(saved -> {
            show(saved);
            status.set(saved.judgesPostings() ? "Saved. Jobs are scored again with your preferences."
                    : "Saved. No preferences set: jobs are scored on your resume alone.");
            onSaved.run();
        }).onFailure(e -> status.set("Your preferences could not be saved: " + e.getMessage()))
                .onFinished(() -> busy.set(false)));
    }

    /** Puts the app's own weights back in the form (saved with the next Save). */
    public void resetWeights() {
        showWeights(ScoreWeights.defaults());
    }

    private void show(Preferences p) {
        titles.set(String.join(", ", p.targetRoles()));
        places.set(String.join("; ", p.places()));
        remote.set(p.remote());
        salaryFloor.set(p.salaryFloor() == null ? "" : String.valueOf(p.salaryFloor()));
        currency.set(p.salaryCurrency() == null ? "" : p.salaryCurrency());
        employmentTypes.set(String.join(", ", p.employmentTypes()));
        level.set(p.level());
        avoidCompanies.set(String.join("; ", p.avoidCompanies()));
        avoidWords.set(String.join(", ", p.avoidWords()));
        showWeights(p.weights());
        form.markSaved();
    }

    private void showWeights(ScoreWeights w) {
        skillsWeight.set(w.skills());
        meaningWeight.set(w.meaning());
        fitWeight.set(w.fit());
        preferencesWeight.set(w.preferences());
    }

    private static int orZero(ObjectProperty<Integer> weight) {
        return weight.get() == null ? 0 : weight.get();
    }

    /** Places and companies may contain commas ("Berlin, Germany", "Acme, Inc."): semicolons separate them; other lists either. */
    private List<String> list(StringProperty text) {
        String separators = text == places || text == avoidCompanies ? ";" : "[,;]";
        return Arrays.stream(text.get().split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public StringProperty titlesProperty() { return titles; }
    public StringProperty placesProperty() { return places; }
    public ObjectProperty<RemotePreference> remoteProperty() { return remote; }
    public StringProperty salaryFloorProperty() { return salaryFloor; }
    public StringProperty currencyProperty() { return currency; }
    public StringProperty employmentTypesProperty() { return employmentTypes; }
    public ObjectProperty<TargetLevel> levelProperty() { return level; }
    public StringProperty avoidCompaniesProperty() { return avoidCompanies; }
    public StringProperty avoidWordsProperty() { return avoidWords; }
    public ObjectProperty<Integer> skillsWeightProperty() { return skillsWeight; }
    public ObjectProperty<Integer> meaningWeightProperty() { return meaningWeight; }
    public ObjectProperty<Integer> fitWeightProperty() { return fitWeight; }
    public ObjectProperty<Integer> preferencesWeightProperty() { return preferencesWeight; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty busyProperty() { return busy; }
    public FormSnapshot form() { return form; }
}
