package org.m4sd.sdk.framework;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module's layering: the API package names no implementation class (it reaches the implementation through
 * {@link FrameworkServices} and {@link ReportWriter} registrations), so dependencies between its packages run one
 * way. Checks the compiled main classes of this module ({@code target/classes}).
 */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().importPath(Path.of("target/classes"));
    }

    @Test
    void the_api_depends_on_no_internal_package_of_the_framework() {
        noClasses().that().resideInAPackage("org.m4sd.sdk.framework")
                .should().dependOnClassesThat().resideInAPackage("org.m4sd.sdk.internal.framework..")
                .because("the API reaches its implementation through ServiceLoader registrations only")
                .check(main);
    }

    @Test
    void no_two_packages_depend_on_each_other() {
        slices().matching("org.m4sd.(**)").should().beFreeOfCycles().check(main);
    }
}
