package com.gridwall.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/ARCHITECTURE.md. Breaking one fails the build: data flows
 * feed → store → snapshot → ui, and only ui/app know JavaFX.
 */
class LayerRulesTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.gridwall");
    }

    @Test
    void domainUsesOnlyTheJdk() {
        classes().that().resideInAPackage("com.gridwall.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.gridwall.domain..")
                .check(main);
    }

    @Test
    void osUsesOnlyTheJdk() {
        classes().that().resideInAPackage("com.gridwall.os..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.gridwall.os..")
                .check(main);
    }

    @Test
    void onlyUiAndAppKnowJavaFx() {
        noClasses().that().resideOutsideOfPackages("com.gridwall.ui..", "com.gridwall.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void uiSeesSnapshotsNeverVectorsReadersOrSockets() {
        noClasses().that().resideInAPackage("com.gridwall.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.arrow..", "io.grpc..", "io.netty..", "java.net..", "java.nio.channels..",
                        "com.gridwall.feed..", "com.gridwall.replay..", "com.gridwall.app..")
                .allowEmptyShould(true)
                .check(main);
        noClasses().that().resideInAPackage("com.gridwall.ui..")
                .should().dependOnClassesThat(resideInAPackage("com.gridwall.store..")
                        .and(not(resideInAPackage("com.gridwall.store.snapshot.."))))
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void lowerLayersNeverReachUp() {
        noClasses().that().resideInAPackage("com.gridwall.geo..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.gridwall.store..", "com.gridwall.feed..", "com.gridwall.replay..",
                        "com.gridwall.ui..", "com.gridwall.app..")
                .allowEmptyShould(true).check(main);
        noClasses().that().resideInAPackage("com.gridwall.store..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.gridwall.geo..", "com.gridwall.feed..", "com.gridwall.replay..",
                        "com.gridwall.ui..", "com.gridwall.app..", "org.locationtech..")
                .allowEmptyShould(true).check(main);
        noClasses().that().resideInAPackage("com.gridwall.feed..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.gridwall.replay..", "com.gridwall.ui..", "com.gridwall.app..")
                .allowEmptyShould(true).check(main);
        noClasses().that().resideInAPackage("com.gridwall.replay..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.gridwall.ui..", "com.gridwall.app..", "com.gridwall.geo..")
                .allowEmptyShould(true).check(main);
    }

    @Test
    void onlyFxThreadPostsToTheFxThread() {
        noClasses().that().doNotHaveFullyQualifiedName("com.gridwall.ui.FxThread")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(main);
    }
}
