package org.glose.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of docs/architecture.md (the guide's §1), checked on every build. */
@AnalyzeClasses(packages = "org.glose", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    /** Main classes only, wherever the build directory is (ArchUnit's own option expects target/). */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule onlyTheWindowTouchesJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.glose.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
            .as("only org.glose.ui touches JavaFX");

    @ArchTest
    static final ArchRule theCoreStaysPure = noClasses()
            .that().resideInAPackage("org.glose.core..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..", "org.apache.lucene..", "org.apache.pdfbox..", "org.apache.poi..",
                    "java.awt..", "javax.swing..", "com.fasterxml..", "picocli..")
            .as("core touches no JDBC, database, Lucene, PDFBox, POI, AWT, Swing, Jackson or picocli");

    @ArchTest
    static final ArchRule nothingDependsOnTheFaces = noClasses()
            .that().resideOutsideOfPackages("org.glose.ui..", "org.glose.cli..")
            .and().doNotHaveFullyQualifiedName("org.glose.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("org.glose.ui..", "org.glose.cli..")
            .as("nothing but the launcher depends on the window or the command line");

    @ArchTest
    static final ArchRule theFacesDoNotDependOnEachOther = noClasses()
            .that().resideInAPackage("org.glose.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.glose.cli..")
            .as("the window does not use the command line");

    @ArchTest
    static final ArchRule theCliDoesNotUseTheWindow = noClasses()
            .that().resideInAPackage("org.glose.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.glose.ui..")
            .as("the command line does not use the window");

    @ArchTest
    static final ArchRule adaptersAreIndependent = slices()
            .matching("org.glose.(store|search|importer|interchange)..")
            .should().notDependOnEachOther()
            .as("store, search, importer and interchange do not depend on each other");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.glose.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sqlLivesOnlyInTheStore = noClasses()
            .that().resideOutsideOfPackage("org.glose.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..")
            .as("SQL and JDBC live only in org.glose.store");
}
