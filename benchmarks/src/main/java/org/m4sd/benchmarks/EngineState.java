package org.m4sd.benchmarks;

import java.util.List;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.request.EligibilityRequest;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One engine per trial, shared by the benchmark's threads as an application shares it, and a fixed ring of
 * requests. Before timing, the engine's decisions are checked equal to the reference implementation's on
 * every request of the ring, so that no implementation is timed doing less work.
 */
@State(Scope.Benchmark)
public class EngineState {
    static final int RING = 1024;

    /** The peers (DMN, EASY_RULES) decide two determinations only: see PeerBenchmark. */
    @Param({"DROOLS", "REFERENCE"})
    public Implementation implementation;

    @Param({"ALL"})
    public Scenario scenario;

    public EligibilityEngine engine;
    public EligibilityRequest[] requests;

    @Setup(Level.Trial)
    public void setUp() {
        implementation.requireDecides(scenario);
        engine = implementation.create(EngineOptions.defaults());
        List<EligibilityRequest> generated =
                Population.generate(42, RING, scenario.jurisdiction(), scenario.determinations());
        requests = generated.toArray(EligibilityRequest[]::new);
        Equivalence.check(engine, implementation.name(), generated);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    /** Each benchmark thread walks the ring from its own offset. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next = (int) (Thread.currentThread().getId() * 7919);

        public EligibilityRequest next(EngineState state) {
            next = (next + 1) & (RING - 1);
            return state.requests[next];
        }
    }
}
