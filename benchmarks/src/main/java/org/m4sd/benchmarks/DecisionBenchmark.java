package org.m4sd.benchmarks;

import java.util.concurrent.TimeUnit;
import org.m4sd.sdk.decision.DecisionSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one decision costs: single-request latency (p50, p99) and throughput on one and two threads sharing
 * one engine, for each implementation and scenario. The Drools engine keeps warming up for about 30 s on two cores
 * (each rule's constraints and consequence are classes of their own, thousands of them, that reach the C2 compiler
 * one by one, and with two benchmark threads the compiler has no core of its own), hence 10 x 4 s of warm-up:
 * with 9 s, two threads measured 1.46 times one thread; with 50 s, 2.0 times.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DecisionBenchmark -p scenario=ALL,OLD_AGE_PENSION}
 * (add {@code -prof gc} for allocation per decision).
 */
@Warmup(iterations = 10, time = 4)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class DecisionBenchmark {

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(1)
    public DecisionSet latency(EngineState state, EngineState.Cursor cursor) {
        return state.engine.evaluate(cursor.next(state));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public DecisionSet throughput1Thread(EngineState state, EngineState.Cursor cursor) {
        return state.engine.evaluate(cursor.next(state));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public DecisionSet throughput2Threads(EngineState state, EngineState.Cursor cursor) {
        return state.engine.evaluate(cursor.next(state));
    }
}
