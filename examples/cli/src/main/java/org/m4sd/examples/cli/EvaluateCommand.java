package org.m4sd.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.m4sd.examples.support.Evaluation;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.json.M4sdJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code m4sd evaluate}: decides every case of a JSONL or CSV file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Decides every case of a JSONL or CSV file and writes one result per case,",
                "in input order. A case that cannot be read or decided gets an error line in",
                "its place; the others are decided. A summary by determination and outcome",
                "goes to stderr at the end."},
        footerHeading = "%nExamples:%n",
        footer = {"  m4sd evaluate -i cases.jsonl -o decisions.jsonl",
                "  m4sd evaluate -i people.csv -o decisions.csv --as-of 2024-01-01 --locale fr",
                "  cat cases.jsonl | m4sd evaluate > decisions.jsonl",
                "  m4sd evaluate -i cases.jsonl --packs packs/gha --trusted-keys keys/ministry.public.pem",
                "",
                "CSV input: a header row of request property paths (requestId, asOf,",
                "jurisdiction, person.birthDate, recruitment.origin ...); lists are",
                "separated by ';'. See the README.",
                "CSV output: one row per decision (line, requestId, status, determination,",
                "outcome, criteria, explanation, missingFacts, notEncoded, values, rulePack ..., errors).",
                "",
                "Exit codes: 0 every case decided, 1 some cases invalid, 2 usage error,",
                "3 run failed."})
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    CaseInput input = new CaseInput();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
            description = "Where the results go: a file, or - for stdout (default: ${DEFAULT-VALUE}).")
    String output;

    @Option(names = "--output-format", paramLabel = "FORMAT",
            description = "jsonl or csv (default: csv for a .csv file, else jsonl).")
    Format outputFormat;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Decide every case as of this date (YYYY-MM-DD) instead of the case's own asOf.")
    LocalDate asOf;

    @Option(names = "--locale", paramLabel = "LANG",
            description = "Language of the explanations for every case: en, fr or es (default: each case's own, else en).")
    String locale;

    @Option(names = "--excel", description = "CSV output for spreadsheets: UTF-8 with a byte order mark and CRLF "
            + "row ends, so Excel shows accents and other scripts right (a file opened from Excel stays comma-separated).")
    boolean excel;

    @Mixin
    BundleOptions bundles = new BundleOptions();

    @Mixin
    Progress.Options progressOptions = new Progress.Options();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Locale language = Locales.parse(spec.commandLine(), locale);
        Path outPath = "-".equals(output) ? null : Path.of(output);
        Format outFormat = Format.ofOutput(outputFormat, outPath);
        if (excel && outFormat != Format.CSV) {
            throw new UsageError("--excel applies to CSV output; add --output-format csv or write to a .csv file");
        }
        EngineOptions options = bundles.apply(EngineOptions.builder()
                .defaultLocale(language == null ? Locale.ENGLISH : language)).build();
        try (CaseInput.Cases cases = input.open(M4sdJson.create(options.limits()));
                ResultWriter writer = ResultWriter.of(outFormat, Output.open(outPath), excel);
                EligibilityEngine engine = EligibilityEngine.create(options)) {
            Tally tally = new Tally();
            Progress progress = Progress.start(progressOptions.enabled(),
                    Progress.ofBytes(cases.size, cases::bytesRead));
            new Evaluation(engine, Evaluation.override(asOf, language)).run(cases.entries, result -> {
                writer.write(result);
                tally.add(result);
                if (progress != null) {
                    progress.record();
                }
            });
            if (progress != null) {
                progress.finish();
            }
            writer.close();
            PrintWriter err = spec.commandLine().getErr();
            tally.print(err);
            return tally.exitCode();
        }
    }
}
