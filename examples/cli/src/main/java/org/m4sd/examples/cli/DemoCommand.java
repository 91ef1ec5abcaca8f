package org.m4sd.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.m4sd.examples.support.Evaluation;
import org.m4sd.examples.support.SyntheticPopulation;
import org.m4sd.rules.RulePacks;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ResultsReporter;
import org.m4sd.sdk.json.JsonlReader;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code m4sd demo}: generates the synthetic population, decides it and prints the summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generates a synthetic population (10,000 people by default) across the",
                "programme's eleven countries (the six financed ones, ECU, MAR, NPL, SRB, SEN and",
                "TUN, and BGD, JAM, KGZ, MDA and PHL), decides every determination",
                "the rule packs implement whose facts are present, and prints a summary by",
                "determination and outcome, then reports on the illustrative M4SD results",
                "framework from the decisions, the recruitment costs and sample programme",
                "activity. Writes, under the output directory: population.jsonl and",
                "population.csv (the cases, for m4sd evaluate and diff), decisions.jsonl (one",
                "result line per person), report.json, report.csv, report-iati.xml and",
                "dashboard.html (open it in a browser; it needs no network).",
                "The same seed gives the same files."},
        footerHeading = "%nExamples:%n",
        footer = {"  m4sd demo", "  m4sd demo --people 50000 --seed 7 --output-dir /tmp/m4sd-demo",
                "  m4sd evaluate -i target/demo/population.csv -o target/demo/decisions.csv"})
final class DemoCommand implements Callable<Integer> {
    private static final java.util.Map<Reports.Format, String> REPORTS = java.util.Map.of(
            Reports.Format.json, "report.json", Reports.Format.csv, "report.csv",
            Reports.Format.iati, "report-iati.xml", Reports.Format.html, "dashboard.html");

    @Option(names = "--people", paramLabel = "N", defaultValue = "10000",
            description = "How many people to generate (default: ${DEFAULT-VALUE}).")
    int people;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "20251",
            description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--output-dir", paramLabel = "DIR", defaultValue = "target/demo",
            description = "Where the files go (default: ${DEFAULT-VALUE}).")
    Path outputDir;

    @CommandLine.Mixin
    BundleOptions bundles = new BundleOptions();

    @CommandLine.Mixin
    Progress.Options progressOptions = new Progress.Options();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (people <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--people must be positive");
        }
        long started = System.nanoTime();
        Files.createDirectories(outputDir);
        Set<Determination> implemented = RulePacks.load().determinations();
        M4sdJson json = M4sdJson.create();
        List<EligibilityRequest> requests = new SyntheticPopulation(seed).requests(people)
                .map(r -> restrict(r, implemented)).toList();
        List<String> documents = requests.stream().map(json::writeRequest).toList();
        Path decisions = outputDir.resolve("decisions.jsonl");
        Tally tally = new Tally();
        List<ProgrammeEvent> events = new ArrayList<>();
        // one engine, built once, estimates the decisions' size and then decides everyone
        try (EligibilityEngine engine = EligibilityEngine.create(bundles.apply(EngineOptions.builder()).build())) {
            announce(engine, requests, documents);
            try (Writer out = Files.newBufferedWriter(outputDir.resolve("population.jsonl"), StandardCharsets.UTF_8)) {
                for (String doc : documents) {
                    out.write(doc);
                    out.write('\n');
                }
            }
            try (Writer out = Files.newBufferedWriter(outputDir.resolve("population.csv"), StandardCharsets.UTF_8)) {
                CsvCases.writeRequests(documents, out);
            }
            try (ResultWriter writer = ResultWriter.of(Format.JSONL, Output.open(decisions))) {
                Iterator<JsonlReader.Entry> entries = new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < requests.size();
                    }

                    @Override
                    public JsonlReader.Entry next() {
                        next++;
                        return new JsonlReader.Entry.Parsed(next, requests.get(next - 1));
                    }
                };
                Progress progress = Progress.start(progressOptions.enabled(), () -> (double) tally.records() / people);
                new Evaluation(engine, r -> r).run(entries, result -> {
                    writer.write(result);
                    if (progress != null) {
                        progress.record();
                    }
                    tally.add(result);
                    if (result instanceof RecordResult.Decided d) {
                        EligibilityRequest request = requests.get((int) d.line() - 1);
                        d.decisions().decisions().forEach(x -> events.add(ProgrammeEvent.DecisionMade.of(request, x)));
                    }
                });
                if (progress != null) {
                    progress.finish();
                }
            }
        }
        requests.forEach(r -> ReportEvents.recruitmentCost(r).ifPresent(events::add));
        events.addAll(ReportEvents.sampleActivity(seed, SyntheticPopulation.AS_OF));
        Framework framework = Framework.illustrative();
        ResultsReport report = ResultsReporter.create().report(framework, java.util.Collections.emptyIterator(),
                events.iterator());
        for (Reports.Format f : Reports.Format.values()) {
            try (Writer w = Output.open(outputDir.resolve(REPORTS.get(f)))) {
                Reports.write(report, f, events, w);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Synthetic population of %,d people (seed %d), decided as of %s%n", people, seed,
                SyntheticPopulation.AS_OF);
        out.println(peoplePerCountry(requests, framework));
        tally.print(out);
        out.println();
        out.print("Results framework (illustrative M4SD): ");
        Reports.printSummary(out, report, events.size(), 0);
        out.printf("%nWrote, under %s: population.jsonl and population.csv (cases), decisions.jsonl (decisions),%n"
                + "report.json, report.csv, report-iati.xml and dashboard.html (results framework) in %.1f s%n",
                outputDir,
                (System.nanoTime() - started) / 1e9);
        out.flush();
        return tally.exitCode();
    }

    /**
     * Says on stderr, before anything is written, where the files go and how big they will be: the cases' size
     * exactly, the decisions' estimated from the first people decided.
     */
    private void announce(EligibilityEngine engine, List<EligibilityRequest> requests, List<String> documents) {
        long cases = documents.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length + 1L).sum();
        int sample = Math.min(50, requests.size());
        long sampled = 0;
        M4sdJson json = M4sdJson.create();
        for (int i = 0; i < sample; i++) {
            // a result line is the decision set plus its line number and request id
            sampled += json.writeDecisionSet(engine.evaluate(requests.get(i))).getBytes(StandardCharsets.UTF_8).length
                    + 20L;
        }
        long decisions = sampled * requests.size() / Math.max(1, sample);
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "m4sd demo: writing under %s: population.jsonl (%s) and population.csv (cases), "
                + "decisions.jsonl (about %s), the reports and the dashboard%n", outputDir.toAbsolutePath(),
                size(cases), size(decisions));
        err.flush();
    }

    private static String size(long bytes) {
        return bytes >= 1_000_000 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)
                : String.format(Locale.ROOT, "%,d KB", Math.max(1, Math.round(bytes / 1e3)));
    }

    /** How many people each country has, the financed countries first: "financed: ECU 2,168, ...; others: ...". */
    static String peoplePerCountry(List<EligibilityRequest> requests, Framework framework) {
        java.util.Map<String, Long> counts = requests.stream().collect(java.util.stream.Collectors.groupingBy(
                EligibilityRequest::jurisdiction, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        StringBuilder financed = new StringBuilder();
        StringBuilder others = new StringBuilder();
        for (String country : SyntheticPopulation.COUNTRIES) {
            StringBuilder group = framework.programme().financed(country) ? financed : others;
            group.append(group.length() == 0 ? "" : ", ").append(country).append(' ')
                    .append(String.format(Locale.ROOT, "%,d", counts.getOrDefault(country, 0L)));
        }
        return "  financed: " + financed + "\n  others:   " + others;
    }

    /** Asks for the determinations the person's facts allow that the packs implement. */
    static EligibilityRequest restrict(EligibilityRequest request, Set<Determination> implemented) {
        List<Determination> asked = request.requestedDeterminations().stream().filter(implemented::contains).toList();
        return asked.isEmpty() ? request : request.toBuilder().determinations(asked).build();
    }
}
