package org.m4sd.examples.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.json.JsonlWriter;

/** Where batch results go: JSONL lines (the SDK's batch contract) or CSV rows, one per decision. */
interface ResultWriter extends Closeable {

    /** Writes the result of one input record. */
    void write(RecordResult result);

    /** A writer of the given format; closing it closes {@code out}. */
    static ResultWriter of(Format format, Writer out) {
        return of(format, out, false);
    }

    /**
     * A writer of the given format; with {@code forSpreadsheets}, CSV starts with a byte order mark and ends its
     * rows with CRLF, which is how Excel recognises UTF-8 (names with accents or in other scripts) and rows.
     */
    static ResultWriter of(Format format, Writer out, boolean forSpreadsheets) {
        return format == Format.CSV ? new Csv(out, forSpreadsheets) : new Jsonl(JsonlWriter.of(out));
    }

    /** One line per record, as {@link JsonlWriter} writes it. */
    final class Jsonl implements ResultWriter {
        private final JsonlWriter writer;

        Jsonl(JsonlWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(RecordResult result) {
            writer.write(result);
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    /**
     * One CSV row per decision, and one row for a record that could not be decided. Columns:
     * {@code line} (1-based record position), {@code requestId}, {@code status} ({@code DECIDED} or
     * {@code INVALID}), {@code determination}, {@code outcome}, {@code criteria} ({@code id=RESULT:REASON_CODE}
     * separated by {@code ;}), {@code explanation} (the criteria's messages separated by {@code " | "}),
     * {@code missingFacts}, {@code notEncoded} (the conditions of law the packs do not encode, separated by {@code ;}),
     * {@code values} ({@code name=value} separated by {@code ;}), {@code rulePack},
     * {@code rulePackVersion}, {@code rulePackSha256}, {@code asOf}, {@code inputSha256} and {@code errors}
     * ({@code path: message} separated by {@code " | "}, for an invalid record).
     */
    final class Csv implements ResultWriter {
        static final List<String> COLUMNS = List.of("line", "requestId", "status", "determination", "outcome",
                "criteria", "explanation", "missingFacts", "notEncoded", "values", "rulePack", "rulePackVersion",
                "rulePackSha256", "asOf", "inputSha256", "errors");

        private final SequenceWriter rows;

        Csv(Writer out, boolean forSpreadsheets) {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            COLUMNS.forEach(schema::addColumn);
            if (forSpreadsheets) {
                schema.setLineSeparator("\r\n");
            }
            try {
                if (forSpreadsheets) {
                    out.write('\uFEFF');
                }
                rows = new CsvMapper().enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writerFor(Map.class).with(schema.build()).writeValues(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(RecordResult result) {
            try {
                if (result instanceof RecordResult.Decided d) {
                    for (Decision decision : d.decisions().decisions()) {
                        rows.write(row(d.line(), decision));
                    }
                } else if (result instanceof RecordResult.Rejected r) {
                    Map<String, String> row = empty(r.line(), r.requestId().orElse(""), "INVALID");
                    row.put("errors", r.errors().stream().map(e -> e.path() + ": " + e.message())
                            .collect(Collectors.joining(" | ")));
                    rows.write(row);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Map<String, String> row(long line, Decision d) {
            Map<String, String> row = empty(line, d.requestId(), "DECIDED");
            row.put("determination", d.determination().id());
            row.put("outcome", d.outcome().name());
            row.put("criteria", d.criteria().stream().map(c -> c.id() + "=" + c.result() + ":" + c.reasonCode())
                    .collect(Collectors.joining("; ")));
            row.put("explanation", d.criteria().stream().map(Criterion::message).collect(Collectors.joining(" | ")));
            row.put("missingFacts", String.join("; ", d.missingFacts()));
            row.put("notEncoded", String.join("; ", d.notEncoded()));
            row.put("values", d.values().entrySet().stream().map(e -> e.getKey() + "=" + text(e.getValue()))
                    .collect(Collectors.joining("; ")));
            row.put("rulePack", d.rulePack().id());
            row.put("rulePackVersion", d.rulePack().version());
            row.put("rulePackSha256", d.rulePack().sha256());
            row.put("asOf", d.asOf().toString());
            row.put("inputSha256", d.inputSha256());
            return row;
        }

        private static String text(Object value) {
            return value instanceof BigDecimal b ? b.toPlainString() : String.valueOf(value);
        }

        private static Map<String, String> empty(long line, String requestId, String status) {
            Map<String, String> row = new LinkedHashMap<>();
            COLUMNS.forEach(c -> row.put(c, ""));
            row.put("line", Long.toString(line));
            row.put("requestId", requestId);
            row.put("status", status);
            return row;
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }
}
