package org.m4sd.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Summarises a run of {@code benchmarks/run-previous.sh}: for each benchmark, the current Drools engine and
 * reference implementation beside the earlier commit's Drools engine, measured in the same run, with the ratios
 * current/previous Drools (above 1 is faster now) and Drools/reference (time taken, above 1 is slower than the
 * reference).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.m4sd.benchmarks.CompareWithPrevious DIR COMMIT "machine"}
 */
public final class CompareWithPrevious {
    private CompareWithPrevious() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String commit = args[1];
        String machine = args.length > 2 ? args[2] : "unknown machine";
        ObjectMapper mapper = new ObjectMapper();
        // benchmark -> implementation label -> score and error
        Map<String, Map<String, double[]>> scores = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String side = f.getFileName().toString().startsWith("previous-") ? "previous " : "";
                for (JsonNode run : mapper.readTree(f.toFile())) {
                    String benchmark = run.path("benchmark").asText().replace("org.m4sd.benchmarks.", "");
                    String implementation = side + run.path("params").path("implementation").asText();
                    JsonNode metric = run.path("primaryMetric");
                    scores.computeIfAbsent(benchmark, k -> new LinkedHashMap<>()).put(implementation,
                            new double[] {metric.path("score").asDouble(), metric.path("scoreError").asDouble()});
                }
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("# Current engines against the Drools engine of ").append(commit).append("\n\n")
                .append("Machine: ").append(machine).append("\n\n")
                .append("All eight determinations per request (scenario ALL); operations per second, higher is ")
                .append("better. `current/previous` is the current Drools engine's throughput over the earlier ")
                .append("commit's (at least 0.9 is the bar); `Drools/reference` is how many times the reference's ")
                .append("throughput the Drools engine reaches.\n\n")
                .append("| benchmark | previous Drools | current Drools | current reference | current/previous | ")
                .append("Drools/reference |\n|---|---|---|---|---|---|\n");
        for (var e : scores.entrySet()) {
            double[] previous = e.getValue().get("previous DROOLS");
            double[] drools = e.getValue().get("DROOLS");
            double[] reference = e.getValue().get("REFERENCE");
            md.append("| ").append(e.getKey()).append(" | ").append(figure(previous)).append(" | ")
                    .append(figure(drools)).append(" | ").append(figure(reference)).append(" | ")
                    .append(ratio(drools, previous)).append(" | ").append(ratio(drools, reference)).append(" |\n");
        }
        Files.writeString(dir.resolve("SUMMARY.md"), md.toString());
        System.out.print(md);
    }

    private static String figure(double[] score) {
        return score == null ? "" : String.format(Locale.ROOT, "%,.0f ± %,.0f", score[0], score[1]);
    }

    private static String ratio(double[] a, double[] b) {
        return a == null || b == null ? "" : String.format(Locale.ROOT, "%.2f", a[0] / b[0]);
    }
}
