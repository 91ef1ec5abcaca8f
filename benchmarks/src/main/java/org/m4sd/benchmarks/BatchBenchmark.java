package org.m4sd.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.request.EligibilityRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A batch of 10,000 people through {@code evaluateAll}, all determinations each; the score is persons per
 * second (one operation = one person). On two threads, each thread runs its own batches on the shared engine.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BatchBenchmark}
 */
@State(Scope.Benchmark)
@Warmup(iterations = 10, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchBenchmark {
    static final int BATCH = 10_000;

    /** The peers (DMN, EASY_RULES, JDMN) decide two determinations only: see PeerBenchmark. */
    @Param({"DROOLS", "REFERENCE"})
    public Implementation implementation;

    @Param({"ALL"})
    public Scenario scenario;

    private EligibilityEngine engine;
    private List<EligibilityRequest> requests;

    @Setup(Level.Trial)
    public void setUp() {
        implementation.requireDecides(scenario);
        engine = implementation.create(EngineOptions.builder().batchSize(1_000).build());
        requests = Population.generate(7, BATCH, scenario.jurisdiction(), scenario.determinations());
        Equivalence.check(engine, implementation.name(), requests.subList(0, 500));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    @Threads(1)
    public void persons1Thread(Blackhole bh) {
        run(bh);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    @Threads(2)
    public void persons2Threads(Blackhole bh) {
        run(bh);
    }

    private void run(Blackhole bh) {
        var results = engine.evaluateAll(requests.iterator());
        long decided = 0;
        while (results.hasNext()) {
            RecordResult r = results.next();
            if (r instanceof RecordResult.Decided) {
                decided++;
            }
            bh.consume(r);
        }
        if (decided != BATCH) {
            throw new IllegalStateException("decided " + decided + " of " + BATCH);
        }
    }
}
