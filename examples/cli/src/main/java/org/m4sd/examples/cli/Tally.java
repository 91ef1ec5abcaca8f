package org.m4sd.examples.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.decision.RecordResult;

/** Counts records and decisions by determination and outcome, and prints them as a table. */
final class Tally {
    private final Map<Determination, Map<Outcome, Long>> outcomes = new EnumMap<>(Determination.class);
    private long records;
    private long decided;
    private long invalid;

    void add(RecordResult result) {
        records++;
        if (result instanceof RecordResult.Decided d) {
            decided++;
            for (Decision decision : d.decisions().decisions()) {
                outcomes.computeIfAbsent(decision.determination(), k -> new EnumMap<>(Outcome.class))
                        .merge(decision.outcome(), 1L, Long::sum);
            }
        } else {
            invalid++;
        }
    }

    long records() {
        return records;
    }

    long decided() {
        return decided;
    }

    long invalid() {
        return invalid;
    }

    long count(Determination determination, Outcome outcome) {
        return outcomes.getOrDefault(determination, Map.of()).getOrDefault(outcome, 0L);
    }

    /** The exit code this run earns: 0 when every record was decided, 1 when some were invalid. */
    int exitCode() {
        return invalid == 0 ? M4sdCli.OK : M4sdCli.INVALID_RECORDS;
    }

    /** The summary: records read, decided and invalid, then decisions by determination and outcome. */
    void print(PrintWriter out) {
        out.printf("%,d records: %,d decided, %,d invalid%n", records, decided, invalid);
        if (outcomes.isEmpty()) {
            out.flush();
            return;
        }
        out.printf("%-38s", "determination");
        for (Outcome o : Outcome.values()) {
            out.printf(" %13s", o.name());
        }
        out.printf(" %8s%n", "total");
        for (Map.Entry<Determination, Map<Outcome, Long>> e : outcomes.entrySet()) {
            out.printf("%-38s", e.getKey().id());
            long total = 0;
            for (Outcome o : Outcome.values()) {
                long n = e.getValue().getOrDefault(o, 0L);
                total += n;
                out.printf(" %13s", o.appliesTo(e.getKey().kind()) ? String.format("%,d", n) : "-");
            }
            out.printf(" %,8d%n", total);
        }
        out.flush();
    }
}
