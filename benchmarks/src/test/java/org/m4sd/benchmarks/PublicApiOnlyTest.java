package org.m4sd.benchmarks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The benchmarks use the SDK as an integrator does: its public API, never an {@code internal} package. */
@AnalyzeClasses(packages = "org.m4sd.benchmarks")
class PublicApiOnlyTest {
    @ArchTest
    static final ArchRule NO_INTERNAL_PACKAGE = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.m4sd..internal..")
            .because("sdk-core and sdk-rules promise nothing about their internal packages");
}
