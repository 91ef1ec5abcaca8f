package org.m4sd.examples.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * A command uses no other command: what several commands need (opening the output, writing a report, the
 * evaluation loop) lives in a class of its own that each calls, here or in examples/support.
 */
@AnalyzeClasses(packages = "org.m4sd.examples.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CommandsStandAloneTest {
    @ArchTest
    static final ArchRule NO_COMMAND_USES_ANOTHER = classes().that(command()).should(useNoOtherCommand());

    private static boolean isCommand(JavaClass c) {
        return c.getPackageName().equals("org.m4sd.examples.cli") && top(c).getSimpleName().endsWith("Command");
    }

    private static DescribedPredicate<JavaClass> command() {
        return DescribedPredicate.describe("are commands (m4sd's subcommands)",
                CommandsStandAloneTest::isCommand);
    }

    private static JavaClass top(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }

    private static ArchCondition<JavaClass> useNoOtherCommand() {
        return new ArchCondition<>("use no other command") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (isCommand(target) && !top(target).equals(top(c))) {
                        events.add(SimpleConditionEvent.violated(c, d.getDescription()));
                    }
                }
            }
        };
    }
}
