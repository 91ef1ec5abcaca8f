package org.m4sd.examples.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What the examples share uses the SDK as an integrator does: its public API, never an {@code internal} package. */
@AnalyzeClasses(packages = "org.m4sd.examples.support")
class PublicApiOnlyTest {
    @ArchTest
    static final ArchRule NO_INTERNAL_PACKAGE = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.m4sd..internal..")
            .because("sdk-core and sdk-rules promise nothing about their internal packages");
}
