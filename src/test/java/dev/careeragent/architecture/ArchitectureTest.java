package dev.careeragent.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    @ArchTest
    static final ArchRule javaFxOnlyInUiAndApp = noClasses()
            .that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the UI stays at the edge; services are plain Java");

    @ArchTest
    static final ArchRule awtOnlyInUiAndApp = noClasses()
            .that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..");

    @ArchTest
    static final ArchRule featuresNeverImportTheUi = noClasses()
            .that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat().resideInAnyPackage(UI);

    @ArchTest
    static final ArchRule uiDoesNotReachIntoTheLauncher = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(APP, "dev.careeragent.cli..");

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("dev.careeragent.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule hibernateOnlyInStoreAndRepositories = noClasses()
            .that().resideOutsideOfPackage("dev.careeragent.store..")
            .and().haveSimpleNameNotEndingWith("Repository")
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..");

    @ArchTest
    static final ArchRule playwrightOnlyInSources = noClasses()
            .that().resideOutsideOfPackage("dev.careeragent.sources..")
            .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.playwright..");

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
}
