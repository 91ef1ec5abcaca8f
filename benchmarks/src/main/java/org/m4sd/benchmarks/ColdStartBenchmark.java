package org.m4sd.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: from a fresh JVM to the first decision (engine built from the prebuilt executable model,
 * one request decided). One shot per fork, over several forks.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ColdStartBenchmark}
 *
 * <p>With an application class-data archive (AppCDS), the classes the first decision loads come parsed and
 * verified from a file mapped into memory. {@link #main} decides once with each implementation, so that
 * {@code java -XX:ArchiveClassesAtExit=coldstart.jsa -cp benchmarks.jar org.m4sd.benchmarks.ColdStartBenchmark}
 * writes the archive; {@code benchmarks/run.sh} then runs this benchmark again with
 * {@code -jvmArgsAppend -XX:SharedArchiveFile=coldstart.jsa}. On JDK 25 and later the same run records an
 * ahead-of-time cache with {@code -XX:AOTCacheOutput=coldstart.aot}, read with {@code -XX:AOTCache=coldstart.aot}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(7)
public class ColdStartBenchmark {

    /** The peers (DMN, EASY_RULES, JDMN) decide two determinations only: see PeerBenchmark. */
    @Param({"DROOLS", "REFERENCE"})
    public Implementation implementation;

    /** Decides once with each implementation: the run that records an AppCDS archive. */
    public static void main(String[] args) {
        for (Implementation implementation : new Implementation[] {Implementation.DROOLS, Implementation.REFERENCE}) {
            ColdStartBenchmark run = new ColdStartBenchmark();
            run.implementation = implementation;
            if (run.firstDecision().decisions().isEmpty()) {
                throw new IllegalStateException(implementation + " decided nothing");
            }
        }
    }

    @Benchmark
    public DecisionSet firstDecision() {
        try (EligibilityEngine engine = implementation.create(EngineOptions.defaults())) {
            Person person = Person.builder("p-1").birthDate(LocalDate.of(1958, 4, 2)).presentInTerritory(true)
                    .addContributionPeriod(ContributionPeriod.of("ECU", LocalDate.of(2001, 1, 1), LocalDate.of(2015, 12, 31)))
                    .build();
            return engine.evaluate(EligibilityRequest.builder("c-1", LocalDate.of(2023, 6, 30), "ECU", person)
                    .determinations(Determination.HEALTH_EMERGENCY_CARE).build());
        }
    }
}
