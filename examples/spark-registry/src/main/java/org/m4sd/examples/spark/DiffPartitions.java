package org.m4sd.examples.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.m4sd.examples.support.DecisionChange;
import org.m4sd.examples.support.Evaluation;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.json.JsonlReader;

/**
 * Decides a partition of the registry twice, under two dates or two rule-pack versions, and keeps only the
 * decisions that changed, with the criteria responsible: {@code m4sd diff}'s comparison ({@link DecisionChange})
 * inside the executors. A record either run cannot decide gets error rows naming the run.
 */
final class DiffPartitions implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    static final String CHANGES = "changes";
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(RegistrySchema.RECORD_INDEX, DataTypes.LongType, false),
            DataTypes.createStructField("requestId", DataTypes.StringType, true),
            DataTypes.createStructField("before", DataTypes.StringType, true),
            DataTypes.createStructField("after", DataTypes.StringType, true),
            DataTypes.createStructField("criteria", DataTypes.createArrayType(DataTypes.StringType, false), true),
            DataTypes.createStructField("error", OutputRows.ERROR, true),
            DataTypes.createStructField(OutputRows.KIND, DataTypes.StringType, false),
            DataTypes.createStructField("jurisdiction", DataTypes.StringType, true),
            DataTypes.createStructField("determination", DataTypes.StringType, true)));

    /** One side of the comparison: its packs and, when not null, the date every request is decided as of. */
    record Side(Engines.Source source, LocalDate asOf) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        String label() {
            return (asOf == null ? "own dates" : asOf.toString()) + ", " + source.label();
        }
    }

    private final Side from;
    private final Side to;
    private final boolean all;
    private final LongAccumulator builds;
    private final LongAccumulator compared;
    private final LongAccumulator read;

    /**
     * Lists outcome changes, and with {@code all} criteria-only changes too; counts engine builds, decisions
     * compared and records read.
     */
    DiffPartitions(Side from, Side to, boolean all, LongAccumulator builds, LongAccumulator compared,
            LongAccumulator read) {
        this.from = from;
        this.to = to;
        this.all = all;
        this.builds = builds;
        this.compared = compared;
        this.read = read;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        EligibilityEngine before = Engines.get(from.source(), builds);
        Evaluation first = new Evaluation(before, Evaluation.override(from.asOf(), null));
        Evaluation second = new Evaluation(Engines.get(to.source(), builds), Evaluation.override(to.asOf(), null));
        RegistryReader reader = new RegistryReader();
        return new Chunked<>(input, before.options().batchSize(), chunk -> {
            read.add(chunk.size());
            List<JsonlReader.Entry> entries = reader.entries(chunk);
            List<RecordResult> a = first.decide(entries);
            List<RecordResult> b = second.decide(entries);
            List<Row> out = new ArrayList<>();
            long decisions = 0;
            for (int i = 0; i < entries.size(); i++) {
                if (a.get(i) instanceof RecordResult.Decided da && b.get(i) instanceof RecordResult.Decided db) {
                    String jurisdiction = ((JsonlReader.Entry.Parsed) entries.get(i)).request().jurisdiction();
                    for (DecisionChange c : DecisionChange.compare(da, db)) {
                        decisions++;
                        if (c.differs(all)) {
                            out.add(RowFactory.create(c.line(), c.requestId(), DecisionChange.outcome(c.before()),
                                    DecisionChange.outcome(c.after()), OutputRows.seq(c.criteria()), null, CHANGES, jurisdiction,
                                    c.determination().id()));
                        }
                    }
                } else if (entries.get(i) instanceof JsonlReader.Entry.Rejected r) {
                    errors(out, r.result(), OutputRows.Stage.READ);
                } else {
                    if (a.get(i) instanceof RecordResult.Rejected r) {
                        errors(out, r, OutputRows.Stage.DECIDE_FROM);
                    }
                    if (b.get(i) instanceof RecordResult.Rejected r) {
                        errors(out, r, OutputRows.Stage.DECIDE_TO);
                    }
                }
            }
            compared.add(decisions);
            return out;
        });
    }

    private static void errors(List<Row> out, RecordResult.Rejected r, OutputRows.Stage stage) {
        for (FieldError e : r.errors()) {
            out.add(RowFactory.create(r.line(), null, null, null, null,
                    OutputRows.errorStruct(r.requestId().orElse(null), stage, e), OutputRows.ERRORS, null, null));
        }
    }
}
