package org.m4sd.benchmarks.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.m4sd.examples.spark.SyntheticRegistry;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * The baseline of the Spark benchmark: the registry's people (the same seed, so the same requests the Parquet
 * registry holds) read into memory first, then decided in-process through {@code evaluateAll} by one engine,
 * split in contiguous shares over {@code threads} threads. Timed from a fresh JVM, as each Spark run is: the
 * first pass includes the JIT warming up; a second pass is timed too.
 *
 * <p>{@code java -Xmx12g -cp ... org.m4sd.benchmarks.spark.InProcessThroughput SIZE SEED BROKEN THREADS OUT.json}
 */
public final class InProcessThroughput {
    private InProcessThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        double broken = Double.parseDouble(args[2]);
        int threads = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);

        M4sdJson json = M4sdJson.create();
        List<EligibilityRequest> requests = new ArrayList<>(size);
        long rejected = 0;
        for (Iterator<SyntheticRegistry.Record> it = new SyntheticRegistry(seed, broken).records(1, size).iterator();
                it.hasNext(); ) {
            try {
                requests.add(json.readRequest(it.next().json()));
            } catch (InvalidRequestException e) {
                rejected++;
            }
        }
        long build = System.nanoTime();
        try (EligibilityEngine engine = EligibilityEngine.create()) {
            double buildSeconds = (System.nanoTime() - build) / 1e9;
            double[] first = pass(engine, requests, threads);
            double[] second = pass(engine, requests, threads);
            ObjectNode result = new ObjectMapper().createObjectNode().put("threads", threads).put("records", size)
                    .put("decided", requests.size()).put("rejectedOnRead", rejected)
                    .put("engineBuildSeconds", buildSeconds)
                    .put("seconds", first[0]).put("decisions", (long) first[1])
                    .put("personsPerSecond", size / first[0])
                    .put("warmSeconds", second[0]).put("warmPersonsPerSecond", size / second[0]);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), result);
            System.out.println(result);
        }
    }

    /** Seconds for one pass over every request, and the decisions made. */
    private static double[] pass(EligibilityEngine engine, List<EligibilityRequest> requests, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Long>> shares = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<EligibilityRequest> share = requests.subList(requests.size() * t / threads,
                        requests.size() * (t + 1) / threads);
                shares.add(pool.submit(() -> {
                    long decisions = 0;
                    for (Iterator<RecordResult> it = engine.evaluateAll(share.iterator()); it.hasNext(); ) {
                        if (it.next() instanceof RecordResult.Decided d) {
                            decisions += d.decisions().decisions().size();
                        }
                    }
                    return decisions;
                }));
            }
            long decisions = 0;
            for (Future<Long> f : shares) {
                decisions += f.get();
            }
            return new double[] {(System.nanoTime() - start) / 1e9, decisions};
        } finally {
            pool.shutdown();
        }
    }
}
