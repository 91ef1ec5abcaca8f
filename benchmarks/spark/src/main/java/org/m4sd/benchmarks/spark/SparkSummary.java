package org.m4sd.benchmarks.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes {@code SUMMARY.md} of a Spark benchmark run from the files {@code benchmarks/run-spark.sh} leaves:
 * {@code inprocess-<threads>.json}, and for each of {@code local1}, {@code local2} the job's summary
 * ({@code spark-<master>.json}, {@code spark-<master>-discard.json}) and the JVM's wall time in milliseconds
 * ({@code .wall-ms}).
 * Persons per second, the scaling from one core to two, Spark's overhead over in-process, and a projection to a
 * cluster with its arithmetic.
 *
 * <p>{@code java -cp ... org.m4sd.benchmarks.spark.SparkSummary DIR "machine" EXECUTORS CORES EFFICIENCY}
 */
public final class SparkSummary {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long PROJECTED = 50_000_000L;

    private SparkSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String machine = args[1];
        int executors = Integer.parseInt(args[2]);
        int coresEach = Integer.parseInt(args[3]);
        double efficiency = Double.parseDouble(args[4]);

        JsonNode in1 = read(dir, "inprocess-1.json");
        JsonNode in2 = read(dir, "inprocess-2.json");
        long people = in1.get("records").asLong();
        Spark s1 = spark(dir, "local1", people);
        Spark s2 = spark(dir, "local2", people);

        StringBuilder md = new StringBuilder();
        md.append("# Spark registry benchmark\n\n")
                .append(String.format(Locale.ROOT, "%,d people of the synthetic registry (seed 20251, 0.5 %% broken), ", people))
                .append("every determination whose facts are present (about 4.8 decisions a person), full explanations.\n\n")
                .append("Machine: ").append(machine).append("\n\n")
                .append("Each row is one fresh JVM, so each includes the JIT warming up, as a real run does. ")
                .append("In-process: the people read into memory first, then `evaluateAll` on one engine, the people ")
                .append("split over the threads. Spark: `m4sd-registry evaluate` on the Parquet registry, ")
                .append("timed from the first Spark job to the decisions and errors written (`evaluateSeconds`: ")
                .append("read Parquet, rows to requests, decide, decisions to rows, write Parquet partitioned by ")
                .append("jurisdiction and determination); `--discard` decides and drops the results (Spark's noop sink); ")
                .append("the JVM's wall time adds start-up, the access indicators and the counts.\n\n")
                .append("| run | seconds | persons/s | persons/s per core |\n|---|---|---|---|\n");
        row(md, "in-process `evaluateAll`, 1 thread", in1.get("seconds").asDouble(), people, 1);
        row(md, "in-process `evaluateAll`, 2 threads", in2.get("seconds").asDouble(), people, 2);
        row(md, "in-process, 1 thread, second pass (JIT warm)", in1.get("warmSeconds").asDouble(), people, 1);
        row(md, "in-process, 2 threads, second pass (JIT warm)", in2.get("warmSeconds").asDouble(), people, 2);
        row(md, "Spark `local[1]`, decide and write", s1.evaluate, people, 1);
        row(md, "Spark `local[2]`, decide and write", s2.evaluate, people, 2);
        row(md, "Spark `local[1]`, decide only (`--discard`)", s1.discard, people, 1);
        row(md, "Spark `local[2]`, decide only (`--discard`)", s2.discard, people, 2);
        row(md, "Spark `local[1]`, whole JVM (start-up, job, aggregates)", s1.wall, people, 1);
        row(md, "Spark `local[2]`, whole JVM (start-up, job, aggregates)", s2.wall, people, 2);

        double p1 = people / s1.evaluate;
        double p2 = people / s2.evaluate;
        double i1 = people / in1.get("seconds").asDouble();
        double i2 = people / in2.get("seconds").asDouble();
        md.append("\n## Ratios\n\n")
                .append(String.format(Locale.ROOT, "- Scaling, Spark `local[2]` over `local[1]`: %.2fx (%.0f %% of linear); "
                        + "in-process 2 threads over 1: %.2fx.%n", p2 / p1, 100 * p2 / p1 / 2, i2 / i1))
                .append(String.format(Locale.ROOT, "- Overhead of Spark over in-process, same cores: `local[1]` takes %.2fx "
                        + "the time of 1 thread, `local[2]` %.2fx the time of 2 threads (decide and write). "
                        + "Deciding only: %.2fx and %.2fx.%n", i1 / p1, i2 / p2,
                        i1 / (people / s1.discard), i2 / (people / s2.discard)))
                .append(String.format(Locale.ROOT, "- Writing the decisions (Parquet, with each decision's JSON): %.0f %% "
                        + "of `local[1]`'s time, %.0f %% of `local[2]`'s.%n", 100 * (s1.evaluate - s1.discard) / s1.evaluate,
                        100 * (s2.evaluate - s2.discard) / s2.evaluate))
                .append(String.format(Locale.ROOT, "- Engine builds: %d with `local[1]`, %d with `local[2]`: one per "
                        + "executor JVM (here the driver's).%n", s1.builds, s2.builds));

        int cores = executors * coresEach;
        double perCore = p1;
        double clusterRate = cores * perCore * efficiency;
        double decide = PROJECTED / clusterRate;
        double aggregate = s2.aggregate * 2 * ((double) PROJECTED / people) / cores;
        md.append("\n## Projection: ").append(String.format(Locale.ROOT, "%,d", PROJECTED)).append(" people\n\n")
                .append(String.format(Locale.ROOT, "A cluster of %d executors x %d cores = %d cores, each core as fast as "
                        + "one core here. Per-core rate: Spark `local[1]`, decide and write: %,.0f persons/s. Stated "
                        + "efficiency on the cluster: %.2f (shuffle-free job: each task reads its split, decides and "
                        + "writes; the loss is stragglers, executor start-up, object-store writes; measured here "
                        + "from 1 to 2 cores: %.2f).%n%n", executors, coresEach, cores, perCore, efficiency, p2 / p1 / 2))
                .append("```\n")
                .append(String.format(Locale.ROOT, "rate      = %d cores x %,.0f persons/s x %.2f = %,.0f persons/s%n",
                        cores, perCore, efficiency, clusterRate))
                .append(String.format(Locale.ROOT, "decide    = %,d / %,.0f = %,.0f s (%.1f min)%n", PROJECTED,
                        clusterRate, decide, decide / 60))
                .append(String.format(Locale.ROOT, "aggregate = %.1f s here (`local[2]`: indicators and counts from the "
                        + "decisions written) x 2 cores x %,d / %,d people / %d cores = %,.0f s%n", s2.aggregate, PROJECTED,
                        people, cores, aggregate))
                .append(String.format(Locale.ROOT, "engines   = %d builds, one per executor, about 1 s each, in parallel%n",
                        executors))
                .append(String.format(Locale.ROOT, "total     = about %,.0f s (%.0f min), plus the cluster's start-up%n",
                        decide + aggregate + 1, (decide + aggregate + 1) / 60))
                .append("```\n");
        Files.writeString(dir.resolve("SUMMARY.md"), md.toString());
        System.out.print(md);
    }

    private record Spark(double evaluate, double discard, double wall, double aggregate, long builds) {
    }

    private static Spark spark(Path dir, String master, long people) throws IOException {
        JsonNode full = read(dir, "spark-" + master + ".json");
        JsonNode discard = read(dir, "spark-" + master + "-discard.json");
        if (full.get("records").asLong() != people || discard.get("records").asLong() != people) {
            throw new IllegalStateException(master + ": not the same registry as in-process");
        }
        double wall = Long.parseLong(Files.readString(dir.resolve("spark-" + master + ".wall-ms")).trim()) / 1000.0;
        return new Spark(full.get("evaluateSeconds").asDouble(), discard.get("evaluateSeconds").asDouble(), wall,
                full.get("aggregateSeconds").asDouble(), full.get("engineBuilds").asLong());
    }

    private static void row(StringBuilder md, String run, double seconds, long people, int cores) {
        md.append(String.format(Locale.ROOT, "| %s | %.1f | %,.0f | %,.0f |%n", run, seconds, people / seconds,
                people / seconds / cores));
    }

    private static JsonNode read(Path dir, String name) throws IOException {
        return MAPPER.readTree(dir.resolve(name).toFile());
    }
}
