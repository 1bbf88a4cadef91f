package dev.careeragent.ui.resume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.testing.SyntheticResume;
import dev.careeragent.ui.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Resume page's view models on real services, tasks run on the test thread (no FX thread). */
class ResumeViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private ResumeViewModel model;
    private final List<String> previewed = new ArrayList<>();

    @BeforeEach
    void open() {
        context = TestApp.open(dir.resolve("data"), new CurrentThreadTaskExecutor());
        model = new ResumeViewModel(context.resumeService(), context.tasks(), (bytes, format) -> {
            previewed.add(format);
            return new Preview(List.of(), format + " " + bytes.length);
        });
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Path resumeFile() throws Exception {
        return Files.write(dir.resolve("maya.pdf"), SyntheticResume.pdf());
    }

    @Test
    void startsEmptyThenImportsShowsTheFieldsAndPreview() throws Exception {
        model.refresh();
        assertThat(model.emptyProperty().get()).isTrue();
        assertThat(model.loadedProperty().get()).isFalse();

        model.importFile(resumeFile());

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.noticeProperty().get()).isEqualTo("Imported \u201cmaya\u201d as your primary resume.");
        assertThat(model.emptyProperty().get()).isFalse();
        assertThat(model.versions()).extracting(VersionInfo::label).containsExactly("maya");
        assertThat(model.form().nameProperty().get()).isEqualTo("Maya Lindqvist");
        assertThat(model.form().skillsProperty().get()).contains("Kotlin");
        assertThat(previewed).containsExactly("PDF");
        assertThat(model.previewProperty().get().text()).startsWith("PDF ");
        assertThat(model.currentProperty().get().skills()).isNotEmpty();
    }

    @Test
    void aBadFileShowsItsMessageAndStoresNothing() throws Exception {
        Path bad = Files.write(dir.resolve("photo.pdf"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        model.importFile(bad);
        assertThat(model.errorProperty().get()).startsWith("photo.pdf: ").contains("picture");
        assertThat(model.passwordNeededProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(context.resumeService().list()).isEmpty();
    }

    @Test
    void savingAnEditMakesANewVersionAndUnchangedFormsSaveNothing() throws Exception {
        model.importFile(resumeFile());
        model.save();
        assertThat(model.noticeProperty().get()).contains("Nothing has changed");
        assertThat(model.versions()).hasSize(1);

        model.form().nameProperty().set("Maya L. Lindqvist");
        model.save();

        assertThat(model.versions()).hasSize(2);
        VersionInfo edited = model.versions().get(0);
        assertThat(edited.label()).isEqualTo("maya (edited)");
        assertThat(edited.parentId()).isEqualTo(model.versions().get(1).id());
        assertThat(model.currentProperty().get().id()).isEqualTo(edited.id());
        assertThat(context.resumeService().load(model.versions().get(1).id()).resume().contact().name()).isEqualTo("Maya Lindqvist");
    }

    @Test
    void aDateThatCannotBeReadIsExplainedAndNotSaved() throws Exception {
        model.importFile(resumeFile());
        model.form().jobs.get(0).start.set("last spring");
        model.save();
        assertThat(model.errorProperty().get()).contains("\u201clast spring\u201d is not a date", "2020-03");
        assertThat(model.versions()).hasSize(1);
    }

    @Test
    void deleteUndoAndPrimary() throws Exception {
        model.importFile(resumeFile());
        model.form().nameProperty().set("Maya Edited");
        model.save();
        VersionInfo edited = model.versions().get(0);

        model.makePrimary(edited);
        assertThat(model.versions()).filteredOn(VersionInfo::primary).extracting(VersionInfo::id).containsExactly(edited.id());

        model.delete(edited);
        assertThat(model.versions()).hasSize(1);
        assertThat(model.undoableProperty().get().label()).isEqualTo("maya (edited)");
        assertThat(model.versions().get(0).primary()).isTrue();

        model.undoDelete();
        assertThat(model.undoableProperty().get()).isNull();
        assertThat(model.versions()).extracting(VersionInfo::id).contains(edited.id());
        assertThat(model.versions()).filteredOn(VersionInfo::primary).extracting(VersionInfo::id).containsExactly(edited.id());
        assertThat(model.currentProperty().get().id()).isEqualTo(edited.id());
    }

    @Test
    void exportsTheShownVersion() throws Exception {
        model.importFile(resumeFile());
        assertThat(model.exportFileName(dev.careeragent.resume.ResumeExportFormat.DOCX)).isEqualTo("maya.docx");
        Path target = dir.resolve("out.json");
        model.export(dev.careeragent.resume.ResumeExportFormat.JSON, target);
        assertThat(Files.readString(target)).contains("maya.lindqvist@example.com");
        assertThat(model.noticeProperty().get()).startsWith("Exported to ");
    }

    @Test
    void atsAndCompareModels() throws Exception {
        model.importFile(resumeFile());
        long shown = model.currentProperty().get().id();
        AtsViewModel ats = new AtsViewModel(context.ats(), context.tasks(), () -> shown);
        ats.check();
        assertThat(ats.errorProperty().get()).contains("Choose a saved job posting");
        ats.jobTextProperty().set("Requirements: Java, Kotlin and Terraform.");
        ats.check();
        assertThat(ats.checkedProperty().get()).isTrue();
        assertThat(ats.scoreProperty().get()).isBetween(1, 99);
        assertThat(ats.reasons()).anySatisfy(r -> assertThat(r.text()).isEqualTo("Missing required skill Terraform."));

        model.form().summaryProperty().set("Backend engineer.");
        model.save();
        CompareViewModel compare = new CompareViewModel(context.resumeService(), context.tasks());
        compare.beforeProperty().set(model.versions().get(1));
        compare.afterProperty().set(model.versions().get(0));
        compare.compare();
        assertThat(compare.changes()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("Summary");
            assertThat(c.after()).isEqualTo("Backend engineer.");
        });
        assertThat(compare.summaryProperty().get()).startsWith("1 difference from \u201cmaya\u201d");
    }
}
