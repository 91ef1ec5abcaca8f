package org.m4sd.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Observation;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ResultsReporter;
import org.m4sd.sdk.json.JsonlReader;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code m4sd report}: the results-framework report from cases, their decisions and observations. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Computes the results-framework report (indicator values by country, period and",
                "disaggregation, progress against baselines and targets, validation findings,",
                "SDG 10.7.1 / 10.7.2 / 10.c.1) from decisions, the cases they were made on, and",
                "observations, and writes it as JSON, CSV, IATI 2.03 XML or an HTML dashboard",
                "(one self-contained file: inline charts, nothing fetched)."},
        footerHeading = "%nExamples:%n",
        footer = {"  m4sd report --cases target/demo/population.jsonl \\",
                "      --decisions target/demo/decisions.jsonl -o report.json",
                "  m4sd report --cases cases.csv --decisions decisions.jsonl --format iati -o report.xml",
                "  m4sd report --cases cases.jsonl --decisions decisions.jsonl --format html \\",
                "      -o dashboard.html",
                "  m4sd report --observations observations.json --framework my-framework.json --format csv",
                "",
                "Cases give each decision its country, sex and migratory status, and each recruitment",
                "its SDG 10.7.1 cost ratio; decisions are the JSONL m4sd evaluate writes. Without",
                "--framework, the illustrative M4SD framework shipped with the SDK is used."})
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--cases", paramLabel = "FILE", description = "The cases decided (JSONL or CSV).")
    Path cases;

    @Option(names = "--decisions", paramLabel = "FILE", description = "Their decisions, as m4sd evaluate writes them (JSONL).")
    Path decisions;

    @Option(names = "--observations", paramLabel = "FILE", description = "Observations (a JSON array or JSON lines).")
    Path observations;

    @Option(names = "--framework", paramLabel = "FILE", description = "The results framework (default: the illustrative M4SD one).")
    Path framework;

    @Option(names = "--disclosure-threshold", paramLabel = "N",
            description = {"Counts of people below N are withheld, with the cells that would give them away",
                    "(default: the framework's disclosureControl.threshold, else 5; 1 withholds nothing)."})
    Integer disclosureThreshold;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json, csv, iati or html, a self-contained dashboard (default: ${DEFAULT-VALUE}).")
    Reports.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
            description = "Where the report goes: a file, or - for stdout (default: ${DEFAULT-VALUE}).")
    String output;

    @CommandLine.Mixin
    Progress.Options progressOptions = new Progress.Options();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((cases == null) != (decisions == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--cases and --decisions go together: the cases give each decision its country, sex and status");
        }
        if (cases == null && observations == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give --cases and --decisions, or --observations, or both");
        }
        for (Path p : new Path[] {cases, decisions, observations, framework}) {
            if (p != null && !Files.isRegularFile(p)) {
                throw new UsageError("cannot read " + p + ": it does not exist or is not a file");
            }
        }
        Framework fw = framework == null ? Framework.illustrative() : Framework.fromJson(framework);
        if (disclosureThreshold != null) {
            if (disclosureThreshold < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--disclosure-threshold must be 1 or more, got " + disclosureThreshold);
            }
            fw = fw.withDisclosureControl(fw.disclosureControl().withThreshold(disclosureThreshold));
        }
        List<ProgrammeEvent> events = new ArrayList<>();
        long skipped = 0;
        if (cases != null) {
            Map<String, EligibilityRequest> byId = readCases(cases);
            byId.values().forEach(r -> ReportEvents.recruitmentCost(r).ifPresent(events::add));
            skipped = readDecisions(decisions, byId, events, progressOptions.enabled());
        }
        ResultsReport report;
        try (InputStream in = observations == null ? null : Files.newInputStream(observations)) {
            Iterator<Observation> obs = in == null ? Collections.emptyIterator() : fw.observationsFromJson(in);
            report = ResultsReporter.create().report(fw, obs, events.iterator());
        }
        Path outPath = "-".equals(output) ? null : Path.of(output);
        try (Writer out = Output.open(outPath)) {
            Reports.write(report, format, events, out);
        }
        PrintWriter err = spec.commandLine().getErr();
        Reports.printSummary(err, report, events.size(), skipped);
        return skipped == 0 ? M4sdCli.OK : M4sdCli.INVALID_RECORDS;
    }

    private static Map<String, EligibilityRequest> readCases(Path file) throws IOException {
        Map<String, EligibilityRequest> byId = new HashMap<>();
        M4sdJson json = M4sdJson.create();
        try (InputStream in = Files.newInputStream(file)) {
            Iterator<JsonlReader.Entry> entries = switch (Format.of(null, file)) {
                case CSV -> CsvCases.reader(in, json);
                case JSON -> JsonDocumentCases.read(in, json, CaseInput.MAX_JSON_DOCUMENT_BYTES);
                case JSONL -> JsonlReader.of(in, json);
            };
            entries.forEachRemaining(e -> {
                if (e instanceof JsonlReader.Entry.Parsed p) {
                    byId.put(p.request().requestId(), p.request());
                }
            });
        }
        return byId;
    }

    /** Adds a DecisionMade per decision whose case is known; returns how many had none. */
    private static long readDecisions(Path file, Map<String, EligibilityRequest> byId, List<ProgrammeEvent> events,
            boolean showProgress) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        M4sdJson json = M4sdJson.create();
        long skipped = 0;
        long size = Files.size(file);
        long[] read = {0};
        Progress progress = Progress.start(showProgress, Progress.ofBytes(size, () -> read[0]));
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                read[0] += line.length() + 1;
                if (progress != null) {
                    progress.record();
                }
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                for (JsonNode d : node.path("decisions")) {
                    Decision decision = json.readDecision(d.toString());
                    EligibilityRequest request = byId.get(decision.requestId());
                    if (request == null) {
                        skipped++;
                    } else {
                        events.add(ProgrammeEvent.DecisionMade.of(request, decision));
                    }
                }
            }
        }
        if (progress != null) {
            progress.finish();
        }
        return skipped;
    }
}
