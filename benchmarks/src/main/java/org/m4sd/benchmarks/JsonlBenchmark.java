package org.m4sd.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.json.JsonlBatch;
import org.m4sd.sdk.json.JsonlReader;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JSONL end to end: parse every line, decide, write every decision line. The primary score is batches per
 * second; the {@code inputMB} and {@code outputMB} counters give the megabytes read and written per second.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JsonlBenchmark}
 */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonlBenchmark {
    static final int LINES = 2_000;

    /** The peers (DMN, EASY_RULES) decide two determinations only: see PeerBenchmark. */
    @Param({"DROOLS", "REFERENCE"})
    public Implementation implementation;

    private final M4sdJson json = M4sdJson.create();
    private EligibilityEngine engine;
    private byte[] input;

    @Setup(Level.Trial)
    public void setUp() {
        engine = implementation.create(EngineOptions.defaults());
        List<EligibilityRequest> requests = Population.generate(11, LINES, null, List.of());
        StringBuilder sb = new StringBuilder();
        for (EligibilityRequest r : requests) {
            sb.append(json.writeRequest(r)).append('\n');
        }
        input = sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    /** Megabytes moved, reported per second by JMH. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public double inputMB;
        public double outputMB;
    }

    @Benchmark
    public long endToEnd(Bytes bytes) throws Exception {
        CountingStream out = new CountingStream();
        try (var in = new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8);
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            JsonlBatch.Summary summary = JsonlBatch.run(engine, in, writer);
            if (summary.decided() != LINES) {
                throw new IllegalStateException("decided " + summary.decided() + " of " + LINES);
            }
        }
        bytes.inputMB += input.length / 1e6;
        bytes.outputMB += out.count / 1e6;
        return out.count;
    }

    /**
     * Reading alone: every line parsed and checked into its request, as the CLI, the HTTP service and the Spark
     * job do before deciding (its share of {@link #endToEnd}).
     */
    @Benchmark
    public int readOnly(Blackhole sink) throws Exception {
        int read = 0;
        try (JsonlReader lines = JsonlReader.of(new ByteArrayInputStream(input), json)) {
            while (lines.hasNext()) {
                JsonlReader.Entry entry = lines.next();
                if (!(entry instanceof JsonlReader.Entry.Parsed parsed)) {
                    throw new IllegalStateException("line " + entry.line() + " was not read");
                }
                sink.consume(parsed.request());
                read++;
            }
        }
        return read;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
