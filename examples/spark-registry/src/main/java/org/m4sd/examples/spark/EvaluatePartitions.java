package org.m4sd.examples.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.m4sd.examples.support.Evaluation;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.json.JsonlReader;
import org.m4sd.sdk.json.M4sdJson;

/**
 * Decides a partition of the registry inside the executor: the JVM's engine ({@link Engines}), the rows read in
 * chunks of the engine's batch size and decided through {@code evaluateAll}, one output row per decision and
 * one per problem of a record that could not be decided.
 */
final class EvaluatePartitions implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final Engines.Source source;
    private final LocalDate asOf;
    private final OutputRows rows;
    private final LongAccumulator builds;
    private final LongAccumulator read;

    /**
     * With the packs of {@code source}, every request decided as of {@code asOf} when it is not null; engine
     * builds counted in {@code builds}, records read in {@code read}.
     */
    EvaluatePartitions(Engines.Source source, LocalDate asOf, OutputRows rows, LongAccumulator builds,
            LongAccumulator read) {
        this.source = source;
        this.asOf = asOf;
        this.rows = rows;
        this.builds = builds;
        this.read = read;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        EligibilityEngine engine = Engines.get(source, builds);
        Evaluation evaluation = new Evaluation(engine, Evaluation.override(asOf, null));
        RegistryReader reader = new RegistryReader();
        M4sdJson json = M4sdJson.create();
        return new Chunked<>(input, engine.options().batchSize(), chunk -> {
            read.add(chunk.size());
            List<JsonlReader.Entry> entries = reader.entries(chunk);
            List<RecordResult> results = evaluation.decide(entries);
            List<Row> out = new ArrayList<>(results.size() * 6);
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i) instanceof RecordResult.Decided d) {
                    var request = ((JsonlReader.Entry.Parsed) entries.get(i)).request();
                    rows.decisions(d.line(), request, d.decisions().decisions(), json, out);
                } else {
                    RecordResult.Rejected r = (RecordResult.Rejected) results.get(i);
                    OutputRows.Stage stage = entries.get(i) instanceof JsonlReader.Entry.Rejected
                            ? OutputRows.Stage.READ : OutputRows.Stage.DECIDE;
                    for (FieldError e : r.errors()) {
                        out.add(rows.error(r.line(), r.requestId().orElse(null), stage, e));
                    }
                }
            }
            return out;
        });
    }
}
