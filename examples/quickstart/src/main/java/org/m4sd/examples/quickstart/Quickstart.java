package org.m4sd.examples.quickstart;

import java.io.PrintStream;
import java.time.LocalDate;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Sex;

/** The README's embedding example: build the engine once, evaluate a request, print the explained decision. */
public final class Quickstart {
    private Quickstart() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        // quickstart:begin
        try (EligibilityEngine engine = EligibilityEngine.create()) {   // once per application; thread-safe
            Person person = Person.builder("pseudonymous-7f3a")
                    .birthDate(LocalDate.of(1958, 4, 2)).sex(Sex.F).nationality("VEN")
                    .migratoryStatus(MigratoryStatus.IRREGULAR).presentInTerritory(true)
                    .addContributionPeriod(ContributionPeriod.of("ECU",
                            LocalDate.of(2001, 1, 1), LocalDate.of(2015, 12, 31)))
                    .build();
            EligibilityRequest request = EligibilityRequest.builder("c-001", LocalDate.of(2023, 6, 30), "ECU", person)
                    .determinations(Determination.HEALTH_EMERGENCY_CARE)
                    .build();

            DecisionSet decisions = engine.evaluate(request);
            for (Decision d : decisions.decisions()) {
                out.printf("%s: %s (pack %s %s)%n", d.determination().id(), d.outcome(),
                        d.rulePack().id(), d.rulePack().version());
                for (Criterion c : d.criteria()) {
                    out.printf("  %-8s %s: %s [%s %s, %s]%n", c.result(), c.id(), c.message(),
                            c.legalBasis().get(0).instrument(), c.legalBasis().get(0).article(),
                            c.legalBasis().get(0).status());
                }
                d.missingFacts().forEach(path -> out.println("  missing: " + path));
            }
        }
        // quickstart:end
    }
}
