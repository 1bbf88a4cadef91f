package dev.careeragent.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layering rules of ARCHITECTURE.md, checked on the production classes (JabRef's CommonArchitectureTest). */
@AnalyzeClasses(packages = "dev.careeragent", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String UI = "dev.careeragent.ui..";
    private static final String APP = "dev.careeragent.app..";
    private static final String CLI = "dev.careeragent.cli..";
    private static final String CONTEXT = "dev.careeragent.context..";
    private static final String STORES = "..store..";
    private static final String CORE = "dev.careeragent.core..";

    @ArchTest
    static final ArchRule javaFxOnlyInUiAndApp = noClasses()
            .that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the UI stays at the edge; services are plain Java");

    @ArchTest
    static final ArchRule awtOnlyInUiAndApp = noClasses()
            .that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java.awt..", "javax.swing..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("java.awt.image"))))
            .because("windows, events and Swing belong to the desktop edge; a raster image (java.awt.image, e.g. a"
                    + " rendered PDF page) is data a feature may hand to it");

    @ArchTest
    static final ArchRule featuresNeverImportTheUi = noClasses()
            .that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat().resideInAnyPackage(UI);

    @ArchTest
    static final ArchRule uiDoesNotReachIntoTheLauncher = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(APP, "dev.careeragent.cli..");

    /** The core (settings store, task runner, events, logging) is what features build on; it names none of them. */
    @ArchTest
    static final ArchRule coreDependsOnNoFeature = noClasses()
            .that().resideInAPackage(CORE)
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.careeragent..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage(CORE)))
            .because("each feature owns its settings and events; core only stores and carries them");

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("dev.careeragent.(*)..").should().beFreeOfCycles();

    /** pdfsam's TestCycles: every package is a slice, so a feature and its sub-packages are layered too. */
    @ArchTest
    static final ArchRule noCyclesAtAnyDepth = slices().matching("dev.careeragent.(**)").should().beFreeOfCycles()
            .because("a cycle between two packages means neither can be understood or changed alone");

    @ArchTest
    static final ArchRule sqlOnlyInStores = noClasses()
            .that().resideOutsideOfPackages(STORES, "db.migration..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.hibernate..", "jakarta.persistence..")
            .because("each feature owns its tables behind its <feature>.store; nothing else sees SQL or SQLException");

    @ArchTest
    static final ArchRule documentLibrariesOnlyWhereFilesAndPagesAreRead = noClasses()
            .that().resideOutsideOfPackages("dev.careeragent.resume..", "dev.careeragent.sources..",
                    "dev.careeragent.jobs.normalize..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..", "org.apache.pdfbox..", "org.apache.poi..")
            .because("reading files and pages is a feature's job (resume import/export and job files, sources); the CLI and"
                    + " the UI receive text");

    @ArchTest
    static final ArchRule viewModelsHoldNoControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
            .because("MVVM: a ViewModel holds properties and commands and is tested without the FX thread");

    @ArchTest
    static final ArchRule featuresNeverImportTheEdges = noClasses()
            .that().resideOutsideOfPackages(UI, APP, CLI, CONTEXT)
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, CONTEXT)
            .because("features are plain services; the UI, the CLI and the composition root sit on top of them");

    /** Services, stores and engines are built once in the composition root (tests build their own). */
    @ArchTest
    static final ArchRule servicesConstructedOnlyInContext = noClasses()
            .that().resideOutsideOfPackages(CONTEXT)
            .should().callConstructorWhere(constructorOfAService())
            .because("one composition root: the CLI and the UI receive services, they never build their own");

    @ArchTest
    static final ArchRule playwrightOnlyInSources = noClasses()
            .that().resideOutsideOfPackage("dev.careeragent.sources..")
            .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.playwright..");

    @ArchTest
    static final ArchRule fetchLayerDoesNotNeedTheBrowser = noClasses()
            .that().resideInAPackage("dev.careeragent.sources.fetch..")
            .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.playwright..",
                    "dev.careeragent.sources.browser..")
            .because("API sources and parsers never load Playwright");

    @ArchTest
    static final ArchRule langchain4jOnlyInAi = noClasses()
            .that().resideOutsideOfPackage("dev.careeragent.ai..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.langchain4j..");

    @ArchTest
    static final ArchRule mailOnlyInNotify = noClasses()
            .that().resideOutsideOfPackage("dev.careeragent.notify..")
            .should().dependOnClassesThat().resideInAnyPackage("org.simplejavamail..", "jakarta.mail..");

    @ArchTest
    static final ArchRule logbackOnlyBehindLogSetup = noClasses()
            .that().resideOutsideOfPackage("dev.careeragent.core.log..")
            .should().dependOnClassesThat().resideInAnyPackage("ch.qos.logback..");

    @ArchTest
    static final ArchRule loggingThroughSlf4jOnly = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.logging.log4j..",
                    "org.apache.commons.logging..")
            .because("all logging goes through SLF4J");

    @ArchTest
    static final ArchRule noPrintingOutsideTheCommandLine = noClasses()
            .that().resideOutsideOfPackages("dev.careeragent.cli..", APP)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

    @ArchTest
    static final ArchRule launcherIsNotAnFxApplication = classes()
            .that().haveSimpleName("Launcher")
            .should().notBeAssignableTo("javafx.application.Application")
            .because("JavaFX on the class path needs a plain main class (STACK.md)");

    private static DescribedPredicate<JavaConstructorCall> constructorOfAService() {
        return DescribedPredicate.describe("a service, repository or engine of the app", call -> {
            JavaClass owner = call.getTargetOwner();
            String name = owner.getSimpleName();
            return owner.getPackageName().startsWith("dev.careeragent")
                    && (name.endsWith("Service") || name.endsWith("Repository") || name.endsWith("Engine"));
        });
    }
}
