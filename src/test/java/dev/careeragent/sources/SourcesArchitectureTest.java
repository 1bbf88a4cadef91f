package dev.careeragent.sources;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The fetch layer stays browser-free, so API sources and parsers never load Playwright. */
@AnalyzeClasses(packages = "dev.careeragent", importOptions = ImportOption.DoNotIncludeTests.class)
class SourcesArchitectureTest {

    @ArchTest
    static final ArchRule fetchLayerDoesNotNeedTheBrowser = noClasses()
            .that().resideInAPackage("dev.careeragent.sources.fetch..")
            .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.playwright..",
                    "dev.careeragent.sources.browser..");
}
