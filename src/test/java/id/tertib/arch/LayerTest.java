package id.tertib.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The one direction of dependency: ui/cli → app → store/io → domain (shared/architecture.md). */
@AnalyzeClasses(packages = "id.tertib", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerTest {

    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAPackage("id.tertib.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "org.jdbi..",
                    "org.sqlite..", "org.flywaydb..", "java.io..", "java.nio.file..",
                    "id.tertib.store..", "id.tertib.io..", "id.tertib.app..", "id.tertib.ui..", "id.tertib.cli..")
            .because("domain holds records and pure rules: no JavaFX, no JDBC, no files");

    @ArchTest
    static final ArchRule uiDoesNotTouchStoreOrIo = noClasses().that().resideInAPackage("id.tertib.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("id.tertib.store..", "id.tertib.io..", "java.sql..",
                    "org.jdbi..", "org.sqlite..", "id.tertib.cli..")
            .because("the UI calls app use cases and nothing below them");

    @ArchTest
    static final ArchRule cliDoesNotTouchStoreOrIo = noClasses().that().resideInAPackage("id.tertib.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("id.tertib.store..", "id.tertib.io..", "java.sql..",
                    "org.jdbi..", "id.tertib.ui..", "javafx..")
            .because("the CLI calls app use cases and nothing below them");

    @ArchTest
    static final ArchRule appKnowsNoScreens = noClasses().that().resideInAPackage("id.tertib.app..")
            .should().dependOnClassesThat().resideInAnyPackage("id.tertib.ui..", "id.tertib.cli..", "javafx..")
            .because("use cases serve both the GUI and the CLI");

    @ArchTest
    static final ArchRule storeAndIoStayLow = noClasses().that().resideInAnyPackage("id.tertib.store..", "id.tertib.io..")
            .should().dependOnClassesThat().resideInAnyPackage("id.tertib.app..", "id.tertib.ui..", "id.tertib.cli..",
                    "javafx..")
            .because("store and io serve the use cases, never the other way round");

    @ArchTest
    static final ArchRule ioHasNoSql = noClasses().that().resideInAPackage("id.tertib.io..")
            .should().dependOnClassesThat().resideInAnyPackage("id.tertib.store..", "java.sql..", "org.jdbi..")
            .because("SQL lives in store and nowhere else");

    @ArchTest
    static final ArchRule sqlOnlyInStore = noClasses().that().resideOutsideOfPackage("id.tertib.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.sqlite..", "org.flywaydb..")
            .because("SQL lives in store and nowhere else");
}
