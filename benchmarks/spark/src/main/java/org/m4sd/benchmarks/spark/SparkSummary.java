package org.m4sd.benchmarks.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes {@code SUMMARY.md} of a Spark benchmark from the runs {@code benchmarks/run-spark.sh} leaves in
 * {@code run1/}, {@code run2/}...: {@code inprocess-<threads>.json}, the job's summaries
 * {@code spark-local<cores>.json}, {@code spark-local<cores>-discard.json}, {@code spark-local2-json.json} and
 * the JVM's wall time in milliseconds ({@code spark-local<cores>.wall-ms}). Each figure is the fastest of the
 * runs, all runs listed beside it. Persons per second, the scaling from one core to two, Spark's overhead over
 * in-process, and a projection to a cluster with its arithmetic.
 *
 * <p>{@code java -cp ... org.m4sd.benchmarks.spark.SparkSummary DIR "machine" EXECUTORS CORES EFFICIENCY}
 */
public final class SparkSummary {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long PROJECTED = 50_000_000L;

    private final List<Path> runs;
    private final long people;
    private final StringBuilder md = new StringBuilder();

    SparkSummary(List<Path> runs) {
        this.runs = runs;
        this.people = read(runs.get(0), "inprocess-1.json").get("records").asLong();
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<Path> runs;
        try (Stream<Path> files = Files.list(dir)) {
            runs = files.filter(p -> p.getFileName().toString().matches("run\\d+")).sorted().toList();
        }
        String text = new SparkSummary(runs).write(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Double.parseDouble(args[4]));
        Files.writeString(dir.resolve("SUMMARY.md"), text);
        System.out.print(text);
    }

    private String write(String machine, int executors, int coresEach, double efficiency) {
        for (Path run : runs) {
            for (String f : List.of("spark-local1.json", "spark-local2.json", "spark-local1-discard.json",
                    "spark-local2-discard.json", "spark-local2-json.json")) {
                if (read(run, f).get("records").asLong() != people) {
                    throw new IllegalStateException(run + "/" + f + ": not the registry in-process decided");
                }
            }
        }
        md.append("# Spark registry benchmark\n\n")
                .append(String.format(Locale.ROOT, "%,d people of the synthetic registry (seed 20251, 0.5 %% broken), ", people))
                .append("every determination whose facts are present (about 5 decisions a person), full explanations. ")
                .append(String.format(Locale.ROOT, "Each figure is the fastest of %d runs (all runs in brackets, "
                        + "seconds); the runs took turns, each configuration once per run.%n%n", runs.size()))
                .append("Machine: ").append(machine).append("\n\n")
                .append("Each measurement is one fresh JVM, so each includes the JIT warming up, as a real run does. ")
                .append("In-process: the people read into memory first, then `evaluateAll` on one engine, the people ")
                .append("split over the threads. Spark: `m4sd-registry evaluate` on the Parquet registry (8 files, ")
                .append("one task each), timed from its first Spark job to the decisions and errors written ")
                .append("(`evaluateSeconds`: read Parquet, rows to requests, decide, decisions to rows, write Parquet ")
                .append("partitioned by determination); `--discard` decides and drops the results ")
                .append("(Spark's noop sink); the JVM's wall time adds start-up, the access indicators and the counts.\n\n")
                .append("| run | seconds | persons/s | persons/s per core | all runs (s) |\n|---|---|---|---|---|\n");
        double i1 = row("in-process `evaluateAll`, 1 thread", 1, "inprocess-1.json", n -> n.get("seconds").asDouble());
        double i2 = row("in-process `evaluateAll`, 2 threads", 2, "inprocess-2.json", n -> n.get("seconds").asDouble());
        row("in-process, 1 thread, second pass (JIT warm)", 1, "inprocess-1.json", n -> n.get("warmSeconds").asDouble());
        row("in-process, 2 threads, second pass (JIT warm)", 2, "inprocess-2.json", n -> n.get("warmSeconds").asDouble());
        double s1 = row("Spark `local[1]`, decide and write", 1, "spark-local1.json", SparkSummary::evaluate);
        double s2 = row("Spark `local[2]`, decide and write", 2, "spark-local2.json", SparkSummary::evaluate);
        double d1 = row("Spark `local[1]`, decide only (`--discard`)", 1, "spark-local1-discard.json", SparkSummary::evaluate);
        double d2 = row("Spark `local[2]`, decide only (`--discard`)", 2, "spark-local2-discard.json", SparkSummary::evaluate);
        double j2 = row("Spark `local[2]`, decide and write, `--decision-json`", 2, "spark-local2-json.json",
                SparkSummary::evaluate);
        wallRow("Spark `local[1]`, whole JVM (start-up, job, aggregates)", 1, "spark-local1.wall-ms");
        wallRow("Spark `local[2]`, whole JVM (start-up, job, aggregates)", 2, "spark-local2.wall-ms");
        double aggregate2 = best("spark-local2.json", n -> n.get("aggregateSeconds").asDouble());
        long builds1 = read(runs.get(0), "spark-local1.json").get("engineBuilds").asLong();
        long builds2 = read(runs.get(0), "spark-local2.json").get("engineBuilds").asLong();

        md.append("\n## Ratios\n\n")
                .append(String.format(Locale.ROOT, "- Scaling, Spark `local[2]` over `local[1]`: %.2fx (%.0f %% of linear); "
                        + "deciding only: %.2fx; in-process 2 threads over 1: %.2fx.%n", s1 / s2, 50 * s1 / s2, d1 / d2, i1 / i2))
                .append(String.format(Locale.ROOT, "- Overhead of Spark over in-process on the same cores (time over time): "
                        + "`local[1]` %.2fx one thread, `local[2]` %.2fx two threads, deciding and writing; deciding only "
                        + "%.2fx and %.2fx. What Spark adds: reading the registry's columns, turning each row into the "
                        + "request tree the SDK checks, each decision into a row of columns, and the partitioned "
                        + "write, which sorts the rows by kind and determination.%n", s1 / i1, s2 / i2,
                        d1 / i1, d2 / i2))
                .append(perRun())
                .append(String.format(Locale.ROOT, "- Writing the decisions: %.0f %% of `local[1]`'s time, %.0f %% of "
                        + "`local[2]`'s (the decisions as columns: criteria and hashes, the messages given back by a "
                        + "replay); with each decision's JSON too (`--decision-json`) `local[2]` takes %.2fx the time.%n",
                        100 * (s1 - d1) / s1, 100 * (s2 - d2) / s2, j2 / s2))
                .append(String.format(Locale.ROOT, "- Engine builds: %d with `local[1]`, %d with `local[2]`: one per "
                        + "executor JVM, here the driver's (RegistryJarIT shows 2 on two executor JVMs).%n", builds1, builds2));

        int cores = executors * coresEach;
        double perCore = people / s1;
        double clusterRate = cores * perCore * efficiency;
        double decide = PROJECTED / clusterRate;
        double aggregate = aggregate2 * 2 * ((double) PROJECTED / people) / cores;
        md.append("\n## Projection: ").append(String.format(Locale.ROOT, "%,d", PROJECTED)).append(" people\n\n")
                .append(String.format(Locale.ROOT, "A cluster of %d executors x %d cores = %d cores, each core as fast as "
                        + "one core here. Per-core rate: Spark `local[1]`, decide and write: %,.0f persons/s. Stated "
                        + "efficiency on the cluster: %.2f (the job has no shuffle before the write: each task reads its "
                        + "split, decides and writes; what is lost is stragglers, executor start-up and writes to shared "
                        + "storage; measured here from 1 to 2 cores: %.2f, with the JIT compiler and the garbage "
                        + "collector sharing the same two cores).%n%n", executors, coresEach, cores, perCore, efficiency,
                        s1 / s2 / 2))
                .append("```\n")
                .append(String.format(Locale.ROOT, "rate      = %d cores x %,.0f persons/s x %.2f = %,.0f persons/s%n",
                        cores, perCore, efficiency, clusterRate))
                .append(String.format(Locale.ROOT, "decide    = %,d / %,.0f = %,.0f s (%.1f min)%n", PROJECTED,
                        clusterRate, decide, decide / 60))
                .append(String.format(Locale.ROOT, "aggregate = %.1f s here (`local[2]`: indicators and counts from the "
                        + "decisions written)%n            x 2 cores x %,d / %,d people / %d cores = %,.0f s%n", aggregate2,
                        PROJECTED, people, cores, aggregate))
                .append(String.format(Locale.ROOT, "engines   = %d builds, one per executor, about 1 s each, in parallel%n",
                        executors))
                .append(String.format(Locale.ROOT, "total     = %,.0f + %,.0f + 1 = about %,.0f s (%.0f min), plus the "
                        + "cluster's own start-up%n", decide, aggregate, decide + aggregate + 1,
                        (decide + aggregate + 1) / 60))
                .append("```\n");
        return md.toString();
    }

    /**
     * The overheads run by run: within a run each configuration was measured minutes after the others, while the
     * fastest of each configuration may come from different runs, minutes or an hour apart on a shared machine.
     */
    String perRun() {
        return String.format(Locale.ROOT, "- The same overheads run by run (each run's Spark time over the same run's "
                + "in-process time, the median of the runs in brackets): `local[1]` %s, `local[2]` %s, deciding and "
                + "writing; deciding only %s and %s.%n", ratios("spark-local1.json", "inprocess-1.json"),
                ratios("spark-local2.json", "inprocess-2.json"), ratios("spark-local1-discard.json", "inprocess-1.json"),
                ratios("spark-local2-discard.json", "inprocess-2.json"));
    }

    private String ratios(String spark, String inProcess) {
        List<Double> each = runs.stream().map(r -> evaluate(read(r, spark)) / read(r, inProcess).get("seconds")
                .asDouble()).toList();
        double[] sorted = each.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return each.stream().map(x -> String.format(Locale.ROOT, "%.2fx", x)).collect(Collectors.joining(", "))
                + String.format(Locale.ROOT, " (%.2fx)", median);
    }

    /** Adds a row with the fastest run of the JSON {@code file}; returns its seconds. */
    private double row(String name, int cores, String file, ToDoubleFunction<JsonNode> seconds) {
        return row(name, cores, runs.stream().map(r -> seconds.applyAsDouble(read(r, file))).toList());
    }

    /** Adds a row with the fastest wall time of {@code file}, in milliseconds. */
    private void wallRow(String name, int cores, String file) {
        row(name, cores, runs.stream().map(r -> wall(r.resolve(file))).toList());
    }

    private double row(String name, int cores, List<Double> all) {
        double best = all.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        md.append(String.format(Locale.ROOT, "| %s | %.1f | %,.0f | %,.0f | %s |%n", name, best, people / best,
                people / best / cores, all.stream().map(x -> String.format(Locale.ROOT, "%.1f", x))
                        .collect(Collectors.joining(", "))));
        return best;
    }

    private double best(String file, ToDoubleFunction<JsonNode> seconds) {
        return runs.stream().mapToDouble(r -> seconds.applyAsDouble(read(r, file))).min().orElseThrow();
    }

    private static double evaluate(JsonNode summary) {
        return summary.get("evaluateSeconds").asDouble();
    }

    private static double wall(Path file) {
        try {
            return Long.parseLong(Files.readString(file).trim()) / 1000.0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path dir, String name) {
        try {
            return MAPPER.readTree(dir.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
