package dev.careeragent.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.match.MatchPreferences;
import dev.careeragent.match.MatchWeights;
import dev.careeragent.match.Seniority;
import dev.careeragent.profile.Preferences;
import dev.careeragent.profile.RemotePreference;
import dev.careeragent.profile.ScoreWeights;
import dev.careeragent.profile.TargetLevel;
import dev.careeragent.ui.TestApp;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings > Profile and preferences: saved preferences survive a restart and reach the app's scoring. */
class PreferencesViewModelTest {

    @TempDir
    Path dir;

    @Test
    void savedPreferencesReachScoringAndSurviveARestart() {
        try (AppContext context = TestApp.open(dir, new CurrentThreadTaskExecutor())) {
            assertThat(context.matching().preferences()).as("nothing set yet").isEqualTo(MatchPreferences.none());
            PreferencesViewModel model = new PreferencesViewModel(context.profile(), context.tasks());
            model.titlesProperty().set("Java Developer, Backend Engineer");
            model.placesProperty().set("Berlin, Germany; Munich");
            model.remoteProperty().set(RemotePreference.HYBRID);
            model.salaryFloorProperty().set("65,000");
            model.currencyProperty().set("eur");
            model.save();

            assertThat(model.statusProperty().get()).startsWith("Saved.");
            assertThat(context.matching().preferences().locations()).containsExactly("berlin, germany", "munich");
            assertThat(context.matching().preferences().salaryFloor()).isEqualTo(65_000L);
        }
        try (AppContext context = TestApp.open(dir, new CurrentThreadTaskExecutor())) {
            Preferences kept = context.profile().preferences();
            assertThat(kept.targetRoles()).containsExactly("Java Developer", "Backend Engineer");
            assertThat(kept.remote()).isEqualTo(RemotePreference.HYBRID);
            assertThat(kept.salaryCurrency()).isEqualTo("EUR");
            assertThat(context.matching().preferences()).isEqualTo(MatchPreferences.from(kept));
        }
    }

    @Test
    void levelAvoidListAndWeightsAreSavedAndFeedTheScoreAfterARestart() {
        try (AppContext context = TestApp.open(dir, new CurrentThreadTaskExecutor())) {
            PreferencesViewModel model = new PreferencesViewModel(context.profile(), context.tasks());
            assertThat(model.skillsWeightProperty().get()).as("the app's weights are shown").isEqualTo(35);
            model.levelProperty().set(TargetLevel.SENIOR);
            model.avoidCompaniesProperty().set("Initech; Acme, Inc.");
            model.avoidWordsProperty().set("crypto, gambling");
            model.skillsWeightProperty().set(60);
            model.meaningWeightProperty().set(20);
            model.save();

            assertThat(model.statusProperty().get()).startsWith("Saved.");
            MatchPreferences used = context.matching().preferences();
            assertThat(used.level()).isEqualTo(Seniority.SENIOR);
            assertThat(used.avoidCompanies()).containsExactly("initech", "acme, inc.");
            assertThat(used.avoidWords()).containsExactly("crypto", "gambling");
            assertThat(context.matching().weights().skills()).isEqualTo(0.6);
            assertThat(context.matching().weights().meaning()).isEqualTo(0.2);
        }
        try (AppContext context = TestApp.open(dir, new CurrentThreadTaskExecutor())) {
            Preferences kept = context.profile().preferences();
            assertThat(kept.level()).isEqualTo(TargetLevel.SENIOR);
            assertThat(kept.weights()).isEqualTo(new ScoreWeights(60, 20, 20, 10));
            assertThat(context.matching().weights()).isEqualTo(MatchWeights.from(kept.weights()));
            PreferencesViewModel model = new PreferencesViewModel(context.profile(), context.tasks());
            assertThat(model.avoidCompaniesProperty().get()).isEqualTo("Initech; Acme, Inc.");
            model.resetWeights();
            model.save();
            assertThat(context.matching().weights()).isEqualTo(MatchWeights.defaults());
        }
    }

    @Test
    void weightsThatAreAllZeroAreExplainedAndNothingIsSaved() {
        try (AppContext context = TestApp.open(dir, new CurrentThreadTaskExecutor())) {
            PreferencesViewModel model = new PreferencesViewModel(context.profile(), context.tasks());
            model.avoidWordsProperty().set("crypto");
            for (var weight : List.of(model.skillsWeightProperty(), model.meaningWeightProperty(), model.fitWeightProperty(),
                    model.preferencesWeightProperty())) {
                weight.set(0);
            }
            model.save();

            assertThat(model.statusProperty().get()).contains("weights were not saved").contains("above 0");
            assertThat(context.profile().preferences()).isEqualTo(Preferences.none());
        }
    }

    @Test
    void aSalaryThatIsNotANumberIsExplainedAndNothingIsSaved() {
        try (AppContext context = TestApp.open(dir, new CurrentThreadTaskExecutor())) {
            PreferencesViewModel model = new PreferencesViewModel(context.profile(), context.tasks());
            model.salaryFloorProperty().set("lots");
            model.save();

            assertThat(model.statusProperty().get()).contains("whole number");
            assertThat(context.profile().preferences()).isEqualTo(Preferences.none());
            assertThat(List.of(context.matching().preferences())).containsExactly(MatchPreferences.none());
            assertThat(model.form().dirtyProperty().get()).as("a refused save keeps the edit unsaved").isTrue();
        }
    }

    @Test
    void editsAreUnsavedUntilSavedAndCancelPutsBackWhatWasSaved() {
        try (AppContext context = TestApp.open(dir, new CurrentThreadTaskExecutor())) {
            PreferencesViewModel model = new PreferencesViewModel(context.profile(), context.tasks());
            assertThat(model.form().dirtyProperty().get()).as("as loaded").isFalse();
            model.titlesProperty().set("Java Developer");
            assertThat(model.form().dirtyProperty().get()).isTrue();
            model.save();
            assertThat(model.form().dirtyProperty().get()).as("saved").isFalse();

            model.titlesProperty().set("Gardener");
            model.reload();
            assertThat(model.form().dirtyProperty().get()).isFalse();
            assertThat(model.titlesProperty().get()).isEqualTo("Java Developer");
        }
    }
}
