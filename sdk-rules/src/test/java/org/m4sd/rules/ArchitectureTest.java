package org.m4sd.rules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundary of sdk-rules: applications see its API packages only, and the reference implementation stays
 * independent of the Drools engine. Checks the compiled main classes of this module ({@code target/classes}); the
 * examples and benchmarks check their own classes in their own architecture tests.
 *
 * <p>The API packages reach the implementation only through {@link java.util.ServiceLoader} registrations
 * ({@code META-INF/services}), which are not class dependencies. The classes that kie-maven-plugin generates from
 * the DRL live in the DRL packages ({@code org.m4sd.rules.health} ...) and match the internal case classes; they
 * are told apart from hand-written classes by having no source file under {@code src/main/java}.
 */
class ArchitectureTest {
    /** The packages applications may use. */
    static final String[] API_PACKAGES = {"org.m4sd.rules", "org.m4sd.rules.spi", "org.m4sd.rules.packs.tool"};
    static final String INTERNAL = "org.m4sd..internal..";
    static final String RULES_INTERNAL = "org.m4sd.rules.internal..";
    private static final Path SOURCES = Path.of("src/main/java");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().importPath(Path.of("target/classes"));
    }

    /** A class compiled from a file of {@code src/main/java}, not generated from the DRL. */
    static final DescribedPredicate<JavaClass> HAND_WRITTEN =
            DescribedPredicate.describe("are hand-written (have a source file in src/main/java)", c -> {
                JavaClass top = c;
                while (top.getEnclosingClass().isPresent()) {
                    top = top.getEnclosingClass().get();
                }
                String file = top.getSourceCodeLocation().getSourceFileName();
                return Files.isRegularFile(SOURCES.resolve(top.getPackageName().replace('.', '/')).resolve(file));
            });

    @Test
    void hand_written_classes_live_in_the_api_packages_or_under_internal() {
        classes().that(HAND_WRITTEN).should().resideInAnyPackage(concat(API_PACKAGES, RULES_INTERNAL))
                .because("the DRL packages hold only the classes generated from the rules")
                .check(main);
    }

    @Test
    void no_class_outside_internal_depends_on_an_internal_package() {
        noClasses().that(HAND_WRITTEN).and().resideOutsideOfPackage(RULES_INTERNAL)
                .should().dependOnClassesThat().resideInAPackage(INTERNAL)
                .because("the API reaches its implementation through ServiceLoader registrations only")
                .check(main);
    }

    @Test
    void no_api_signature_names_an_internal_type() {
        classes().that().resideInAnyPackage(API_PACKAGES).and().arePublic()
                .should(exposeNoInternalType())
                .check(main);
    }

    @Test
    void the_reference_implementation_imports_nothing_from_drools_or_the_drools_engine() {
        DescribedPredicate<JavaClass> messageBundles = DescribedPredicate.describe("the message bundles and the "
                + "question catalogue", c -> c.getName().matches(
                        "org\\.m4sd\\.rules\\.internal\\.engine\\.(Messages|CompiledMessage|QuestionCatalogue)(\\$.*)?"));
        noClasses().that().resideInAPackage("org.m4sd.rules.internal.reference..")
                .should().dependOnClassesThat(resideInAnyPackage("org.drools..", "org.kie..",
                        "org.m4sd.rules.internal.drools..", "org.m4sd.rules.internal.health..",
                        "org.m4sd.rules.internal.education..", "org.m4sd.rules.internal.socialsecurity..",
                        "org.m4sd.rules.internal.employment..")
                        .or(resideInAPackage("org.m4sd.rules.internal.engine..").and(not(messageBundles)))
                        .as("belong to Drools, KIE or the Drools engine (its cases, case builders and engine "
                                + "classes other than the message bundles and the question catalogue)"))
                .because("the reference is an independent reading of the law, the oracle of the Drools engine")
                .check(main);
    }

    /** Public and protected fields, constructors and methods, supertypes and type parameters name no internal type. */
    private static ArchCondition<JavaClass> exposeNoInternalType() {
        return new ArchCondition<>("expose no type of an internal package in a public signature") {
            @Override
            public void check(JavaClass api, ConditionEvents events) {
                List<String> leaks = new ArrayList<>();
                api.getSuperclass().ifPresent(s -> note(leaks, api.getName() + " extends", s));
                api.getInterfaces().forEach(i -> note(leaks, api.getName() + " implements", i));
                api.getTypeParameters().forEach(t -> note(leaks, api.getName(), t));
                for (JavaField f : api.getFields()) {
                    if (visible(f.getModifiers())) {
                        note(leaks, f.getFullName(), f.getType());
                    }
                }
                for (JavaCodeUnit unit : api.getCodeUnits()) {
                    if (visible(unit.getModifiers())) {
                        note(leaks, unit.getFullName(), unit.getReturnType());
                        unit.getParameterTypes().forEach(t -> note(leaks, unit.getFullName(), t));
                        unit.getTypeParameters().forEach(t -> note(leaks, unit.getFullName(), t));
                        unit.getExceptionTypes().forEach(t -> note(leaks, unit.getFullName(), t));
                    }
                }
                for (String leak : leaks) {
                    events.add(SimpleConditionEvent.violated(api, leak));
                }
            }
        };
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static void note(List<String> leaks, String where, JavaType type) {
        for (JavaClass involved : type.getAllInvolvedRawTypes()) {
            if (involved.getPackageName().matches("org\\.m4sd\\..*\\binternal\\b.*")) {
                leaks.add(where + " names " + involved.getName());
            }
        }
    }

    private static String[] concat(String[] a, String b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }
}
