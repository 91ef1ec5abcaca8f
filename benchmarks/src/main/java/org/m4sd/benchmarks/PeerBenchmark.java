package org.m4sd.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.m4sd.benchmarks.peers.PeerEngine;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.decision.DecisionSet;
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
 * Drools and the reference implementation against the peer engines an integrator might pick instead, on the same rules
 * and the same inputs: KIE DMN decision tables, Easy Rules, and the Java jDMN generates from the same decision tables,
 * for the determinations the peers carry (old-age pension, fair recruitment). Single-request throughput on one thread,
 * and a batch of 10,000 requests through {@code evaluateAll} (score: requests per second). Every implementation's
 * decisions are checked equal to the reference implementation's on the whole request ring, and on the head of the
 * batch, before anything is timed: a peer that decided differently would fail the set-up (the peers compute no gap for
 * a criterion not met, so theirs are compared up to the gaps, as in PeerEquivalenceTest).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PeerBenchmark}
 */
@State(Scope.Benchmark)
@Warmup(iterations = 10, time = 4)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PeerBenchmark {
    static final int RING = EngineState.RING;
    static final int BATCH = 10_000;

    @Param({"DROOLS", "REFERENCE", "DMN", "EASY_RULES", "JDMN"})
    public Implementation implementation;

    @Param({"OLD_AGE_PENSION", "FAIR_RECRUITMENT"})
    public Scenario scenario;

    private EligibilityEngine engine;
    private EligibilityRequest[] ring;
    private List<EligibilityRequest> batch;

    @Setup(Level.Trial)
    public void setUp() {
        implementation.requireDecides(scenario);
        engine = implementation.create(EngineOptions.builder().batchSize(1_000).build());
        // every engine times the same requests: those the peers decide (no early pension in force)
        List<EligibilityRequest> generated = PeerEngine.decidable(RING,
                seed -> Population.generate(42 + seed, RING, scenario.jurisdiction(), scenario.determinations()));
        Equivalence.check(engine, implementation.name(), generated, implementation.computesGaps());
        ring = generated.toArray(EligibilityRequest[]::new);
        batch = PeerEngine.decidable(BATCH,
                seed -> Population.generate(7 + seed, BATCH, scenario.jurisdiction(), scenario.determinations()));
        Equivalence.check(engine, implementation.name(), batch.subList(0, 500), implementation.computesGaps());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    /** Each benchmark thread walks the ring from its own offset. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next = (int) (Thread.currentThread().getId() * 7919);

        EligibilityRequest next(PeerBenchmark state) {
            next = (next + 1) & (RING - 1);
            return state.ring[next];
        }
    }

    @Benchmark
    @Threads(1)
    public DecisionSet single(Cursor cursor) {
        return engine.evaluate(cursor.next(this));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    @Threads(1)
    public void batch(Blackhole bh) {
        var results = engine.evaluateAll(batch.iterator());
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
