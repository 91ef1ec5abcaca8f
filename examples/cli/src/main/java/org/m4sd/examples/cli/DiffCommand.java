package org.m4sd.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.m4sd.examples.support.DecisionChange;
import org.m4sd.examples.support.DiffOptions;
import org.m4sd.examples.support.Evaluation;
import org.m4sd.examples.support.PackJars;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.json.JsonlReader;
import org.m4sd.sdk.json.M4sdJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code m4sd diff}: the same cases under two dates or two rule-pack jars, and what changed. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Decides the same cases twice, under two as-of dates or with two rule-pack",
                "jars (or both), and lists the decisions whose outcome changed with the",
                "criteria responsible: each criterion whose result or reason changed.",
                "A summary goes to stderr."},
        footerHeading = "%nExamples:%n",
        footer = {"  m4sd diff -i cases.jsonl --from-date 2022-01-01 --to-date 2024-01-01",
                "  m4sd diff -i cases.csv --from-pack rules-1.0.jar --to-pack rules-1.1.jar",
                "  m4sd diff -i sdk-rules/src/test/resources/scenarios --from-pack rules-1.0.jar \\",
                "      --summary impact.md --changelog CHANGELOG.md",
                "  m4sd diff -i cases.jsonl --from-date 2022-01-01 --to-date 2024-01-01 \\",
                "      --format jsonl > changes.jsonl",
                "",
                "A rule-pack jar is an sdk-rules jar; without one, m4sd's own packs are used.",
                "Exit codes: 0 every case decided both times, 1 some cases invalid,",
                "2 usage error, 3 run failed."})
final class DiffCommand implements Callable<Integer> {
    enum OutputFormat { text, jsonl }

    @Mixin
    CaseInput input = new CaseInput();

    @Mixin
    DiffOptions compare = new DiffOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or jsonl (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Also write a decision-impact report as Markdown: decisions compared and changed by "
                    + "determination, outcome change, jurisdiction and criterion reason.")
    Path summary;

    @Option(names = "--summary-title", paramLabel = "TEXT", defaultValue = "Decision impact",
            description = "Heading of the --summary report (default: ${DEFAULT-VALUE}).")
    String summaryTitle;

    @Option(names = "--changelog", paramLabel = "FILE",
            description = "Also rewrite the generated block of this changelog (between its m4sd-diff markers) "
                    + "with the determinations whose decisions change and the packs' versions.")
    Path changelog;

    @Option(names = "--changelog-link", paramLabel = "TEXT",
            description = "Where the changelog block says the full counts are (default: the --summary file).")
    String changelogLink;

    @Mixin
    Progress.Options progressOptions = new Progress.Options();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            compare.check(spec.commandLine());
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        EngineOptions options = EngineOptions.defaults();
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        long compared = 0;
        long changed = 0;
        long invalid = 0;
        long records = 0;
        DiffSummary tally = new DiffSummary();
        try (CaseInput.Cases cases = input.open(M4sdJson.create(options.limits()));
                PackJars.Engine before = engine(compare.fromPack, options);
                PackJars.Engine after = engine(compare.toPack, options)) {
            Progress progress = Progress.start(progressOptions.enabled(),
                    Progress.ofBytes(cases.size, cases::bytesRead));
            Evaluation first = new Evaluation(before.engine(), Evaluation.override(compare.fromDate, null));
            Evaluation second = new Evaluation(after.engine(), Evaluation.override(compare.toDate, null));
            List<JsonlReader.Entry> chunk = new ArrayList<>();
            while (cases.entries.hasNext() || !chunk.isEmpty()) {
                if (cases.entries.hasNext()) {
                    chunk.add(cases.entries.next());
                    if (chunk.size() < options.batchSize() && cases.entries.hasNext()) {
                        continue;
                    }
                }
                List<RecordResult> a = first.decide(chunk);
                List<RecordResult> b = second.decide(chunk);
                for (int i = 0; i < chunk.size(); i++) {
                    records++;
                    if (progress != null) {
                        progress.record();
                    }
                    if (!(a.get(i) instanceof RecordResult.Decided da) || !(b.get(i) instanceof RecordResult.Decided db)) {
                        invalid++;
                        tally.invalidCase(cases.name(a.get(i).line()), a.get(i) instanceof RecordResult.Rejected,
                                b.get(i) instanceof RecordResult.Rejected);
                        report(out, mapper, invalidResult(a.get(i), b.get(i)));
                        continue;
                    }
                    tally.decidedCase();
                    String jurisdiction = ((JsonlReader.Entry.Parsed) chunk.get(i)).request().jurisdiction();
                    for (DecisionChange change : DecisionChange.compare(da, db)) {
                        compared++;
                        tally.add(jurisdiction, cases.name(da.line()), change);
                        if (change.differs(compare.all)) {
                            changed++;
                            report(out, mapper, change);
                        }
                    }
                }
                chunk.clear();
            }
            out.flush();
            if (progress != null) {
                progress.finish();
            }
            PrintWriter err = spec.commandLine().getErr();
            err.printf("%,d cases, %,d decisions compared (%s -> %s): %,d changed, %,d cases invalid%n", records,
                    compared, label(compare.fromDate, before), label(compare.toDate, after), changed, invalid);
            err.flush();
            String from = label(compare.fromDate, before);
            String to = label(compare.toDate, after);
            if (summary != null) {
                tally.writeMarkdown(summary, summaryTitle, from, to);
            }
            if (changelog != null) {
                tally.writeChangelog(changelog, from, to,
                        changelogLink != null ? changelogLink : summary == null ? null : summary.toString());
            }
        }
        return invalid == 0 ? M4sdCli.OK : M4sdCli.INVALID_RECORDS;
    }

    /** The engine over {@code jar}; a jar that holds no rule engine is a usage error. */
    private static PackJars.Engine engine(Path jar, EngineOptions options) throws IOException {
        try {
            return PackJars.engine(jar, options);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    private static String label(LocalDate date, PackJars.Engine engine) {
        return date == null ? engine.label() : engine.label() + " as of " + date;
    }

    private record Invalid(long line, Optional<String> requestId, String before, String after) {
    }

    private static Invalid invalidResult(RecordResult a, RecordResult b) {
        return new Invalid(a.line(), requestId(a).or(() -> requestId(b)), errors(a), errors(b));
    }

    private static Optional<String> requestId(RecordResult r) {
        return r instanceof RecordResult.Decided d ? Optional.of(d.decisions().requestId())
                : ((RecordResult.Rejected) r).requestId();
    }

    private static String errors(RecordResult r) {
        return r instanceof RecordResult.Rejected x
                ? x.errors().stream().map(e -> e.path() + ": " + e.message()).reduce((p, q) -> p + "; " + q).orElse("")
                : "decided";
    }

    private void report(PrintWriter out, ObjectMapper mapper, Object item) throws Exception {
        if (format == OutputFormat.jsonl) {
            ObjectNode n = mapper.createObjectNode();
            if (item instanceof DecisionChange c) {
                n.put("line", c.line()).put("requestId", c.requestId()).put("determination", c.determination().id())
                        .put("before", DecisionChange.outcome(c.before())).put("after", DecisionChange.outcome(c.after()));
                ArrayNode criteria = n.putArray("criteria");
                c.criteria().forEach(criteria::add);
            } else if (item instanceof Invalid i) {
                n.put("line", i.line());
                i.requestId().ifPresent(id -> n.put("requestId", id));
                n.put("invalidBefore", i.before()).put("invalidAfter", i.after());
            }
            out.println(mapper.writeValueAsString(n));
            return;
        }
        if (item instanceof DecisionChange c) {
            out.printf("line %d  %s  %s: %s -> %s%n", c.line(), c.requestId(), c.determination().id(),
                    DecisionChange.outcome(c.before()), DecisionChange.outcome(c.after()));
            for (String criterion : c.criteria()) {
                out.println("    " + criterion);
            }
        } else if (item instanceof Invalid i) {
            out.printf("line %d  %s  invalid: before: %s; after: %s%n", i.line(), i.requestId().orElse("-"),
                    i.before(), i.after());
        }
    }
}
