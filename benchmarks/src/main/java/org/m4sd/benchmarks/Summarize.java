package org.m4sd.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Turns the JMH JSON results of one run into a markdown table giving every figure beside the reference
 * implementation's in the same run, and the ratio between them.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.m4sd.benchmarks.Summarize results/0.1.0 "machine"}
 */
public final class Summarize {
    private Summarize() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String machine = args.length > 1 ? args[1] : "unknown machine";
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().startsWith("footprint")).sorted().toList()) {
                String run = f.getFileName().toString().replace(".json", "");
                mapper.readTree(f.toFile()).forEach(n -> runs.add(((com.fasterxml.jackson.databind.node.ObjectNode) n)
                        .put("run", run)));
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark summary\n\n").append("Machine: ").append(machine).append("\n\n")
                .append("Each figure is given with the reference implementation's figure measured in the same run; ")
                .append("the ratio says how many times slower (or costlier) the implementation is than the reference.\n\n")
                .append("| benchmark | params | implementation | score | unit | reference | ratio |\n")
                .append("|---|---|---|---|---|---|---|\n");
        Map<String, Map<String, JsonNode>> groups = new TreeMap<>();
        for (JsonNode run : runs) {
            String name = run.path("run").asText() + ": "
                    + run.path("benchmark").asText().replace("org.m4sd.benchmarks.", "");
            Map<String, String> params = new TreeMap<>();
            run.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            String implementation = params.remove("implementation");
            groups.computeIfAbsent(name + "|" + params, k -> new LinkedHashMap<>()).put(implementation, run);
        }
        for (var group : groups.entrySet()) {
            String[] key = group.getKey().split("\\|", 2);
            JsonNode reference = group.getValue().get("REFERENCE");
            for (var e : group.getValue().entrySet()) {
                appendRow(md, key[0], key[1], e.getKey(), e.getValue(), reference);
                JsonNode alloc = e.getValue().path("secondaryMetrics").path("\u00b7gc.alloc.rate.norm");
                if (!alloc.isMissingNode()) {
                    JsonNode refAlloc = reference == null ? null
                            : reference.path("secondaryMetrics").path("\u00b7gc.alloc.rate.norm");
                    md.append("| ").append(key[0]).append(" (allocation) | ").append(key[1]).append(" | ")
                            .append(e.getKey()).append(" | ")
                            .append(String.format(Locale.ROOT, "%.0f", alloc.path("score").asDouble()))
                            .append(" | B/op | ")
                            .append(refAlloc == null ? "" : String.format(Locale.ROOT, "%.0f", refAlloc.path("score").asDouble()))
                            .append(" | ")
                            .append(refAlloc == null ? "" : String.format(Locale.ROOT, "%.1fx",
                                    alloc.path("score").asDouble() / refAlloc.path("score").asDouble()))
                            .append(" |\n");
                }
            }
        }
        for (Path f : footprints(dir)) {
            JsonNode fp = mapper.readTree(f.toFile());
            md.append("\nHeap retained by the engine (").append(fp.path("implementation").asText()).append("): ")
                    .append(String.format(Locale.ROOT, "%.1f MB", fp.path("retainedHeapBytes").asLong() / 1e6)).append('\n');
        }
        Files.writeString(dir.resolve("SUMMARY.md"), md.toString());
        System.out.print(md);
    }

    private static List<Path> footprints(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("footprint")).sorted().toList();
        }
    }

    private static void appendRow(StringBuilder md, String benchmark, String params, String implementation,
            JsonNode run, JsonNode reference) {
        JsonNode metric = run.path("primaryMetric");
        String unit = metric.path("scoreUnit").asText();
        boolean higherIsBetter = unit.endsWith("/s");
        String score = figure(metric, run.path("mode").asText());
        String ref = reference == null ? "" : figure(reference.path("primaryMetric"), run.path("mode").asText());
        String ratio = "";
        if (reference != null) {
            double a = metric.path("score").asDouble();
            double b = reference.path("primaryMetric").path("score").asDouble();
            ratio = String.format(Locale.ROOT, "%.1fx", higherIsBetter ? b / a : a / b);
        }
        md.append("| ").append(benchmark).append(" | ").append(params).append(" | ").append(implementation)
                .append(" | ").append(score).append(" | ").append(unit).append(" | ").append(ref).append(" | ")
                .append(ratio).append(" |\n");
    }

    private static String figure(JsonNode metric, String mode) {
        if ("sample".equals(mode)) {
            JsonNode p = metric.path("scorePercentiles");
            return String.format(Locale.ROOT, "p50 %.2f, p99 %.2f", p.path("50.0").asDouble(), p.path("99.0").asDouble());
        }
        return String.format(Locale.ROOT, "%.3g ± %.2g", metric.path("score").asDouble(), metric.path("scoreError").asDouble());
    }
}
