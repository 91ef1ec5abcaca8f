package org.m4sd.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Observation;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ResultsReporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The results-framework report over 100,000 observations of the illustrative M4SD framework: indicator values
 * by disaggregation with totals, progress against targets, validation findings.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FrameworkReportBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class FrameworkReportBenchmark {
    static final int OBSERVATIONS = 100_000;
    private static final String[] COUNTRIES = {"ECU", "MAR", "NPL", "SRB", "SEN", "TUN"};
    private static final String[] INDICATORS = {"EMP-5", "EMP-6", "GOV-2", "GLO-1"};

    /** The Drools reporter ({@link ResultsReporter#create()} with sdk-rules on the class path), or the reference. */
    public enum Reporter { DROOLS, REFERENCE }

    @Param
    public Reporter implementation;

    private ResultsReporter reporter;
    private Framework framework;
    private List<Observation> observations;

    @Setup(Level.Trial)
    public void setUp() {
        reporter = implementation == Reporter.DROOLS ? ResultsReporter.create() : ResultsReporter.reference();
        if (implementation == Reporter.DROOLS && reporter == ResultsReporter.reference()) {
            throw new IllegalStateException("no Drools results reporter registered: sdk-rules is missing");
        }
        framework = Framework.illustrative();
        observations = new ArrayList<>(OBSERVATIONS);
        for (int n = 0; n < OBSERVATIONS; n++) {
            String id = INDICATORS[n % INDICATORS.length];
            Map<String, String> dims = id.startsWith("EMP") ? Map.of("sex", n % 2 == 0 ? "F" : "M") : Map.of();
            observations.add(new Observation(id, COUNTRIES[n % 6], Period.ofYear(2020 + n % 3), n % 10, dims));
        }
    }

    @Benchmark
    public ResultsReport report() {
        return reporter.report(framework, observations.iterator(), java.util.Collections.emptyIterator());
    }
}
