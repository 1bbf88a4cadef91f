package dev.careeragent.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.core.DataFolder;
import dev.careeragent.core.log.LogSetup;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.ui.desktop.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @TempDir
    Path dir;

    private final String levelBefore = LogSetup.level();

    @AfterEach
    void restoreLogLevel() {
        LogSetup.setLevel(levelBefore);
    }

    private SettingsViewModel model(List<Path> opened) {
        DataFolder folder = new DataFolder(dir);
        return new SettingsViewModel(new SettingsStore(folder.settingsFile()), folder, new CurrentThreadTaskExecutor(),
                opened::add);
    }

    @Test
    void aThemeChangeIsSavedOnSaveAndSurvivesARestart() {
        SettingsViewModel model = model(new ArrayList<>());
        assertThat(model.themeProperty().get()).isEqualTo(Theme.SYSTEM);

        model.themeProperty().set(Theme.DARK);
        assertThat(new SettingsStore(new DataFolder(dir).settingsFile()).get(Theme.KEY)).isEqualTo(Theme.SYSTEM);
        model.saveAppearance();

        SettingsStore reopened = new SettingsStore(new DataFolder(dir).settingsFile());
        assertThat(reopened.get(Theme.KEY)).isEqualTo(Theme.DARK);
        assertThat(model(new ArrayList<>()).themeProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void cancelPutsBackTheSavedThemeAndSavesNothing() {
        SettingsViewModel model = model(new ArrayList<>());
        model.themeProperty().set(Theme.LIGHT);
        model.saveAppearance();

        model.themeProperty().set(Theme.DARK);
        assertThat(model.appearance().dirtyProperty().get()).isTrue();
        model.cancelAppearance();

        assertThat(model.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(model.appearance().dirtyProperty().get()).isFalse();
        assertThat(new SettingsStore(new DataFolder(dir).settingsFile()).get(Theme.KEY)).isEqualTo(Theme.LIGHT);
    }

    @Test
    void aLogLevelChangeAppliesAndIsSavedOnSave() {
        SettingsViewModel model = model(new ArrayList<>());

        model.logLevelProperty().set("DEBUG");
        model.saveLogging();

        assertThat(LogSetup.level()).isEqualTo("DEBUG");
        assertThat(new SettingsStore(new DataFolder(dir).settingsFile()).get(LogSetup.LEVEL)).isEqualTo("DEBUG");
    }

    @Test
    void opensTheDataFolderAndExplainsWhenThatFails() {
        List<Path> opened = new ArrayList<>();
        SettingsViewModel model = model(opened);
        model.openDataFolder();
        assertThat(opened).containsExactly(dir.toAbsolutePath().normalize());
        assertThat(model.statusProperty().get()).isEmpty();

        DataFolder folder = new DataFolder(dir);
        SettingsViewModel failing = new SettingsViewModel(new SettingsStore(folder.settingsFile()), folder,
                new CurrentThreadTaskExecutor(), path -> {
                    throw new IOException("no file manager");
                });
        failing.openDataFolder();
        assertThat(failing.statusProperty().get()).contains("no file manager").contains(folder.root().toString());
    }
}
