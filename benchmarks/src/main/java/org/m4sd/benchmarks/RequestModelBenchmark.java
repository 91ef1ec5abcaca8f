package org.m4sd.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Sex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What building a validated request costs: the floor under every decision.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RequestModelBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class RequestModelBenchmark {

    @Benchmark
    public EligibilityRequest buildRequest() {
        Person person = Person.builder("p-1")
                .birthDate(LocalDate.of(1958, 4, 2))
                .sex(Sex.F)
                .nationality("VEN")
                .migratoryStatus(MigratoryStatus.IRREGULAR)
                .presentInTerritory(true)
                .addContributionPeriod(ContributionPeriod.of("ECU", LocalDate.of(2001, 1, 1), LocalDate.of(2015, 12, 31)))
                .build();
        return EligibilityRequest.builder("c-001", LocalDate.of(2023, 6, 30), "ECU", person)
                .determinations(Determination.SOCIAL_SECURITY_OLD_AGE_PENSION)
                .build();
    }
}
