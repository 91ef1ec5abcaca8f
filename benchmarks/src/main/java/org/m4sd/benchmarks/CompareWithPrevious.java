package org.m4sd.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Summarises a run of {@code benchmarks/run-previous.sh}: the current Drools engine and reference implementation
 * beside the earlier commit's Drools engine, all measured in the same run, as the release's performance bars read
 * them: throughput of requests of eight determinations on 1 and 2 threads and in batches, 2-thread scaling, p50 and
 * p99 latency, allocation per request and per decision, the first decision from a cold JVM with and without an
 * AppCDS archive, and (when measured) the peers on single determinations.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.m4sd.benchmarks.CompareWithPrevious DIR COMMIT "machine"}
 */
public final class CompareWithPrevious {
    /** Determinations per request of scenario ALL: allocation per decision is allocation per request over this. */
    private static final int DETERMINATIONS_PER_REQUEST = 8;

    private final List<Result> results;

    private CompareWithPrevious(List<Result> results) {
        this.results = results;
    }

    /** One JMH result: which jar measured it, the file's label, benchmark, implementation and scenario, figures. */
    record Result(String side, String label, String benchmark, String implementation, String scenario, double score,
            double error, double p50, double p99, double allocatedBytes) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String commit = args[1];
        String machine = args.length > 2 ? args[2] : "unknown machine";
        String summary = new CompareWithPrevious(read(dir)).summary(commit, machine);
        Files.writeString(dir.resolve("SUMMARY.md"), summary);
        System.out.print(summary);
    }

    static List<Result> read(Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Result> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.json$", "");
                int dash = name.indexOf('-');
                String side = name.substring(0, dash);
                String label = name.substring(dash + 1);
                for (JsonNode run : mapper.readTree(f.toFile())) {
                    JsonNode metric = run.path("primaryMetric");
                    JsonNode percentiles = metric.path("scorePercentiles");
                    results.add(new Result(side, label,
                            run.path("benchmark").asText().replace("org.m4sd.benchmarks.", ""),
                            run.path("params").path("implementation").asText(),
                            run.path("params").path("scenario").asText(""),
                            metric.path("score").asDouble(), metric.path("scoreError").asDouble(Double.NaN),
                            percentiles.path("50.0").asDouble(Double.NaN), percentiles.path("99.0").asDouble(Double.NaN),
                            run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN)));
                }
            }
        }
        return results;
    }

    String summary(String commit, String machine) {
        StringBuilder md = new StringBuilder();
        md.append("# Current engines against the Drools engine of ").append(commit).append("\n\n")
                .append("Machine: ").append(machine).append("\n\n")
                .append("All figures of one run of `benchmarks/run-previous.sh`, each benchmark run from the earlier ")
                .append("commit's jar and from this tree's jar one after the other. Requests of all eight ")
                .append("determinations with full explanations (scenario ALL) unless a row says otherwise.\n\n");
        List<String> rounds = latencyRounds();
        if (!rounds.isEmpty()) {
            latencyRounds(md, rounds);
            return md.toString();
        }
        if (results.stream().anyMatch(r -> !r.label().startsWith("coldstart"))) {
            throughput(md);
            scaling(md);
            latency(md);
            allocation(md);
        }
        coldStart(md);
        peers(md);
        return md.toString();
    }

    private void throughput(StringBuilder md) {
        md.append("## Throughput (requests per second, higher is better)\n\n")
                .append("| benchmark | previous Drools | current Drools | current reference | current/previous | ")
                .append("Drools/reference |\n|---|---|---|---|---|---|\n");
        for (String benchmark : benchmarks("DecisionBenchmark-throughput", "BatchBenchmark-persons")) {
            Optional<Result> previous = find("previous", benchmark, "DROOLS");
            Optional<Result> drools = find("current", benchmark, "DROOLS");
            Optional<Result> reference = find("current", benchmark, "REFERENCE");
            md.append("| ").append(benchmark).append(" | ").append(figure(previous)).append(" | ")
                    .append(figure(drools)).append(" | ").append(figure(reference)).append(" | ")
                    .append(ratio(drools, previous)).append(" | ").append(ratio(drools, reference)).append(" |\n");
        }
        md.append('\n');
    }

    private void scaling(StringBuilder md) {
        md.append("## Two threads over one (same jar, same run)\n\n")
                .append("| benchmark | previous Drools | current Drools | current reference |\n|---|---|---|---|\n");
        for (String[] pair : new String[][] {{"DecisionBenchmark.throughput1Thread", "DecisionBenchmark.throughput2Threads"},
                {"BatchBenchmark.persons1Thread", "BatchBenchmark.persons2Threads"}}) {
            md.append("| ").append(pair[1]).append(" / ").append(pair[0].substring(pair[0].indexOf('.') + 1))
                    .append(" | ").append(ratio(find("previous", pair[1], "DROOLS"), find("previous", pair[0], "DROOLS")))
                    .append(" | ").append(ratio(find("current", pair[1], "DROOLS"), find("current", pair[0], "DROOLS")))
                    .append(" | ").append(ratio(find("current", pair[1], "REFERENCE"), find("current", pair[0], "REFERENCE")))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private void latency(StringBuilder md) {
        md.append("## Latency of one request (microseconds, lower is better)\n\n")
                .append("| percentile | previous Drools | current Drools | current reference | current/previous |\n")
                .append("|---|---|---|---|---|\n");
        Optional<Result> previous = find("previous", "DecisionBenchmark.latency", "DROOLS");
        Optional<Result> drools = find("current", "DecisionBenchmark.latency", "DROOLS");
        Optional<Result> reference = find("current", "DecisionBenchmark.latency", "REFERENCE");
        md.append("| p50 | ").append(micros(previous, true)).append(" | ").append(micros(drools, true)).append(" | ")
                .append(micros(reference, true)).append(" | ").append(ratio(drools.map(Result::p50), previous.map(Result::p50)))
                .append(" |\n| p99 | ").append(micros(previous, false)).append(" | ").append(micros(drools, false))
                .append(" | ").append(micros(reference, false)).append(" | ")
                .append(ratio(drools.map(Result::p99), previous.map(Result::p99))).append(" |\n\n");
    }

    /**
     * The rounds of {@code run-previous.sh COMMIT latency}: each round one fork of each jar, taking turns, and the
     * median over the rounds of each ratio, since one fork's p99 moves with the machine by more than the bar's
     * margin.
     */
    private void latencyRounds(StringBuilder md, List<String> rounds) {
        md.append("## Latency of one request, ").append(rounds.size()).append(rounds.size() == 1 ? " round" : " rounds")
                .append(" (microseconds, lower is better)")
                .append("\n\nEach round measures the earlier commit's jar and this tree's, one fork each, one after the ")
                .append("other (odd rounds the earlier first, even rounds this tree's first); the ratios are this tree's ")
                .append("over the earlier commit's in the same round.\n\n")
                .append("| round | previous p50 | current p50 | p50 ratio | previous p99 | current p99 | p99 ratio |\n")
                .append("|---|---|---|---|---|---|---|\n");
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (String round : rounds) {
            Optional<Result> previous = find(round, "previous", "DecisionBenchmark.latency", "DROOLS");
            Optional<Result> current = find(round, "current", "DecisionBenchmark.latency", "DROOLS");
            p50.add(current.get().p50() / previous.get().p50());
            p99.add(current.get().p99() / previous.get().p99());
            md.append("| ").append(round.substring(round.lastIndexOf('-') + 1)).append(" | ")
                    .append(micros(previous, true)).append(" | ").append(micros(current, true)).append(" | ")
                    .append(ratio(current.map(Result::p50), previous.map(Result::p50))).append(" | ")
                    .append(micros(previous, false)).append(" | ").append(micros(current, false)).append(" | ")
                    .append(ratio(current.map(Result::p99), previous.map(Result::p99))).append(" |\n");
        }
        md.append(String.format(Locale.ROOT, "%nMedian over the rounds: p50 %.3f, p99 %.3f (p99 from %.3f to %.3f).%n%n",
                median(p50), median(p99), p99.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                p99.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)));
    }

    /** The labels of latency rounds measured by both jars, in round order. */
    private List<String> latencyRounds() {
        TreeSet<String> previous = new TreeSet<>();
        TreeSet<String> current = new TreeSet<>();
        for (Result r : results) {
            if (r.label().startsWith("DecisionBenchmark-latency-round") && r.implementation().equals("DROOLS")) {
                (r.side().equals("previous") ? previous : current).add(r.label());
            }
        }
        previous.retainAll(current);
        return previous.stream().sorted(java.util.Comparator.comparingInt(
                (String l) -> Integer.parseInt(l.substring(l.lastIndexOf("round") + 5)))).toList();
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private void allocation(StringBuilder md) {
        md.append("## Allocation (`-prof gc`, gc.alloc.rate.norm; lower is better)\n\n")
                .append("| | previous Drools | current Drools | current reference | current/previous |\n")
                .append("|---|---|---|---|---|\n");
        Optional<Double> previous = allocated("previous");
        Optional<Double> drools = allocated("current");
        Optional<Double> reference = find("allocation", "current", "DecisionBenchmark.throughput1Thread", "REFERENCE")
                .map(Result::allocatedBytes);
        md.append("| bytes per request | ").append(bytes(previous, 1)).append(" | ").append(bytes(drools, 1)).append(" | ")
                .append(bytes(reference, 1)).append(" | ").append(ratio(drools, previous)).append(" |\n")
                .append("| bytes per decision | ").append(bytes(previous, DETERMINATIONS_PER_REQUEST)).append(" | ")
                .append(bytes(drools, DETERMINATIONS_PER_REQUEST)).append(" | ")
                .append(bytes(reference, DETERMINATIONS_PER_REQUEST)).append(" | ").append(ratio(drools, previous))
                .append(" |\n\n");
    }

    private void coldStart(StringBuilder md) {
        md.append("## First decision from a cold JVM (milliseconds, lower is better; one shot per fork)\n\n")
                .append("Building the engine and deciding one request of health.emergency-care (`ColdStartBenchmark`), ")
                .append("each fork a new JVM.\n\n")
                .append("| | previous Drools | current Drools | current reference | current/previous |\n")
                .append("|---|---|---|---|---|\n");
        coldStartRow(md, "without an archive", "coldstart", firstDecision("coldstart", "previous", "DROOLS"));
        coldStartRow(md, "with its AppCDS archive", "coldstart-appcds",
                firstDecision("coldstart-appcds", "previous", "DROOLS"));
        md.append('\n');
        Optional<Result> previous = firstDecision("coldstart-jdk-appcds", "previous", "DROOLS");
        if (previous.isEmpty()) {
            return;
        }
        // AOT_JAVA's JDK: the previous jar has the AppCDS archive its launcher records; this tree's launcher records
        // an ahead-of-time cache on such a JDK, so both rows of this tree are read against that one archive
        md.append("On the JDK of `AOT_JAVA` (the machine line names it), against the previous jar with its AppCDS ")
                .append("archive:\n\n| | previous Drools | current Drools | current reference | current/previous |\n")
                .append("|---|---|---|---|---|\n");
        coldStartRow(md, "with its AppCDS archive", "coldstart-jdk-appcds", previous);
        coldStartRow(md, "this tree with the AOT cache its launcher records", "coldstart-jdk-aot", previous);
        md.append('\n');
    }

    /** A row of this tree's first decisions under {@code label}, read against {@code previous}. */
    private void coldStartRow(StringBuilder md, String row, String label, Optional<Result> previous) {
        Optional<Result> drools = firstDecision(label, "current", "DROOLS");
        Optional<Result> reference = firstDecision(label, "current", "REFERENCE");
        md.append("| ").append(row).append(" | ").append(figure(previous)).append(" | ").append(figure(drools))
                .append(" | ").append(figure(reference)).append(" | ").append(ratio(drools, previous)).append(" |\n");
    }

    private Optional<Result> firstDecision(String label, String side, String implementation) {
        return find(label, side, "ColdStartBenchmark.firstDecision", implementation);
    }

    private void peers(StringBuilder md) {
        List<Result> peers = results.stream().filter(r -> r.label().startsWith("peers")).toList();
        if (peers.isEmpty()) {
            return;
        }
        md.append("## One determination per request: the Drools engine and the peers (requests per second)\n\n")
                .append("The peers decide the same requests with the SDK's own cases and decision assembly; only the ")
                .append("rule evaluation differs. `Drools/peer` above 1 means the Drools engine is ahead.\n\n")
                .append("| benchmark | scenario | implementation | score | Drools/peer |\n|---|---|---|---|---|\n");
        for (Result r : peers) {
            Optional<Result> drools = peers.stream().filter(p -> p.benchmark().equals(r.benchmark())
                    && p.scenario().equals(r.scenario()) && p.implementation().equals("DROOLS")).findFirst();
            md.append("| ").append(r.benchmark()).append(" | ").append(r.scenario()).append(" | ")
                    .append(r.implementation()).append(" | ").append(figure(Optional.of(r))).append(" | ")
                    .append(r.implementation().equals("DROOLS") ? "" : ratio(drools, Optional.of(r))).append(" |\n");
        }
        md.append('\n');
    }

    /** Benchmarks measured under labels starting with one of these, in order. */
    private List<String> benchmarks(String... labels) {
        List<String> out = new ArrayList<>();
        for (String label : labels) {
            results.stream().filter(r -> r.label().equals(label) && !r.benchmark().endsWith(".latency"))
                    .map(Result::benchmark)
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).forEach(out::add);
        }
        return out;
    }

    private Optional<Result> find(String side, String benchmark, String implementation) {
        return results.stream().filter(r -> r.side().equals(side) && r.benchmark().equals(benchmark)
                && r.implementation().equals(implementation) && !r.label().equals("allocation")).findFirst();
    }

    private Optional<Result> find(String label, String side, String benchmark, String implementation) {
        return results.stream().filter(r -> r.label().equals(label) && r.side().equals(side)
                && r.benchmark().equals(benchmark) && r.implementation().equals(implementation)).findFirst();
    }

    private Optional<Double> allocated(String side) {
        return find("allocation", side, "DecisionBenchmark.throughput1Thread", "DROOLS").map(Result::allocatedBytes);
    }

    private static String figure(Optional<Result> r) {
        return r.map(x -> Double.isNaN(x.error()) ? String.format(Locale.ROOT, "%,.0f", x.score())
                : String.format(Locale.ROOT, "%,.0f ± %,.0f", x.score(), x.error())).orElse("");
    }

    private static String micros(Optional<Result> r, boolean median) {
        // SampleTime results are in the benchmark's output unit (microseconds for DecisionBenchmark.latency).
        return r.map(x -> String.format(Locale.ROOT, "%,.1f", median ? x.p50() : x.p99())).orElse("");
    }

    private static String bytes(Optional<Double> allocated, int per) {
        return allocated.filter(b -> !b.isNaN()).map(b -> String.format(Locale.ROOT, "%,.0f", b / per)).orElse("");
    }

    private static String ratio(Optional<?> a, Optional<?> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "";
        }
        double x = value(a.get());
        double y = value(b.get());
        return Double.isNaN(x) || Double.isNaN(y) || y == 0 ? "" : String.format(Locale.ROOT, "%.2f", x / y);
    }

    private static double value(Object o) {
        return o instanceof Result r ? r.score() : ((Double) o);
    }
}
