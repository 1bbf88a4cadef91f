package dev.careeragent.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.careeragent.architecture.fixtures.FeatureUsingTheUi;
import dev.careeragent.architecture.fixtures.LabelViewModel;
import dev.careeragent.architecture.fixtures.PdfInTheCli;
import dev.careeragent.architecture.fixtures.ServiceBuiltOutsideContext;
import dev.careeragent.architecture.fixtures.SqlOutsideAStore;
import dev.careeragent.architecture.fixtures.cycle.Outer;
import dev.careeragent.architecture.fixtures.cycle.inner.Inner;
import dev.careeragent.core.archfixture.CoreNamingAFeature;
import org.junit.jupiter.api.Test;

/** Each layer rule of {@link ArchitectureTest} fails on a deliberately wrong class (the fixtures package). */
class ArchitectureRulesTest {

    @Test
    void aCycleBetweenAPackageAndItsSubPackageIsCaught() {
        assertViolated(ArchitectureTest.noCyclesAtAnyDepth, Outer.class, Inner.class);
    }

    @Test
    void sqlOutsideAStoreIsCaught() {
        assertViolated(ArchitectureTest.sqlOnlyInStores, SqlOutsideAStore.class);
    }

    @Test
    void pdfBoxOutsideTheFileReadingFeaturesIsCaught() {
        assertViolated(ArchitectureTest.documentLibrariesOnlyWhereFilesAndPagesAreRead, PdfInTheCli.class);
    }

    @Test
    void aViewModelHoldingAControlIsCaught() {
        assertViolated(ArchitectureTest.viewModelsHoldNoControls, LabelViewModel.class);
    }

    @Test
    void aFeatureImportingTheCompositionRootIsCaught() {
        assertViolated(ArchitectureTest.featuresNeverImportTheEdges, FeatureUsingTheUi.class);
    }

    @Test
    void aServiceBuiltOutsideTheCompositionRootIsCaught() {
        assertViolated(ArchitectureTest.servicesConstructedOnlyInContext, ServiceBuiltOutsideContext.class);
    }

    @Test
    void theCoreNamingAFeatureIsCaught() {
        assertViolated(ArchitectureTest.coreDependsOnNoFeature, CoreNamingAFeature.class);
    }

    private static void assertViolated(ArchRule rule, Class<?>... fixtures) {
        JavaClasses classes = new ClassFileImporter().importClasses(fixtures);
        assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(fixtures[0].getSimpleName());
    }
}
