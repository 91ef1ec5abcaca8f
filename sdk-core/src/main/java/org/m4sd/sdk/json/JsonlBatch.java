package org.m4sd.sdk.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.m4sd.sdk.DecisionListener;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.request.EligibilityRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a JSONL file of requests through an engine and writes one JSONL result line per input line, in input
 * order (see {@link JsonlWriter} for the line shapes).
 *
 * <p>Memory stays flat however long the input: lines are read one at a time, valid requests go to
 * {@link EligibilityEngine#evaluateAll(Iterator)} in chunks of {@link org.m4sd.sdk.EngineOptions#batchSize()},
 * and lines that could not be read are written in their place between the decided ones. A bad line never
 * stops the batch.
 *
 * <pre>{@code
 * try (var in = Files.newBufferedReader(cases); var out = Files.newBufferedWriter(results)) {
 *     JsonlBatch.Summary summary = JsonlBatch.run(engine, in, out);
 * }
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class JsonlBatch {
    private static final Logger LOG = LoggerFactory.getLogger(JsonlBatch.class);

    private JsonlBatch() {
    }

    /**
     * What a batch run did.
     *
     * @param lines    input lines read, equal to output lines written
     * @param decided  lines decided
     * @param rejected lines rejected, by the reader or by the engine
     * @param outcomes decisions made, by determination and outcome
     */
    @API(status = STABLE, since = "0.1")
    public record Summary(long lines, long decided, long rejected,
            Map<Determination, Map<Outcome, Long>> outcomes) {
        /** Copies the counts. */
        public Summary {
            Map<Determination, Map<Outcome, Long>> copy = new EnumMap<>(Determination.class);
            outcomes.forEach((d, byOutcome) -> copy.put(d, Collections.unmodifiableMap(new EnumMap<>(byOutcome))));
            outcomes = Collections.unmodifiableMap(copy);
        }

        /** Decisions on {@code determination} with {@code outcome}. */
        public long count(Determination determination, Outcome outcome) {
            return outcomes.getOrDefault(determination, Map.of()).getOrDefault(outcome, 0L);
        }
    }

    /**
     * Reads requests from {@code in} under the engine's limits, decides them and writes the results to
     * {@code out}. Neither stream is closed; {@code out} is flushed at the end.
     *
     * @throws UncheckedIOException when the input cannot be read or the output written
     */
    public static Summary run(EligibilityEngine engine, Reader in, Writer out) {
        Objects.requireNonNull(engine, "engine is required");
        Objects.requireNonNull(in, "in is required");
        Objects.requireNonNull(out, "out is required");
        return run(engine, JsonlReader.of(in, M4sdJson.create(engine.options().limits())), out);
    }

    /**
     * Reads requests from UTF-8 bytes under the engine's limits, decides them and writes the results to
     * {@code out}: as {@link #run(EligibilityEngine, Reader, Writer)}, and a line that is not valid UTF-8 is
     * rejected (with the position of the first bad byte) rather than read with replacement characters. Prefer
     * this form for files and network bodies. Neither stream is closed; {@code out} is flushed at the end.
     *
     * @throws UncheckedIOException when the input cannot be read or the output written
     * @since 0.2
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    public static Summary run(EligibilityEngine engine, InputStream in, Writer out) {
        Objects.requireNonNull(engine, "engine is required");
        Objects.requireNonNull(in, "in is required");
        Objects.requireNonNull(out, "out is required");
        return run(engine, JsonlReader.of(in, M4sdJson.create(engine.options().limits())), out);
    }

    private static Summary run(EligibilityEngine engine, JsonlReader reader, Writer out) {
        JsonlWriter writer = JsonlWriter.of(out);
        Run run = new Run(engine, writer);
        while (reader.hasNext()) {
            run.accept(reader.next());
        }
        run.flushChunk();
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run.summary();
    }

    /** The state of one run: the chunk being gathered and the counts so far. */
    private static final class Run {
        private final EligibilityEngine engine;
        private final DecisionListener listener;
        private final JsonlWriter writer;
        private final int batchSize;
        /** Caps rejected lines held behind a pending request, so a long run of bad lines cannot grow memory. */
        private final int maxPending;
        private final List<JsonlReader.Entry> pending = new ArrayList<>();
        private final List<EligibilityRequest> requests = new ArrayList<>();
        private final Map<Determination, Map<Outcome, Long>> outcomes = new EnumMap<>(Determination.class);
        private long lines;
        private long decided;
        private long rejected;

        Run(EligibilityEngine engine, JsonlWriter writer) {
            this.engine = engine;
            this.listener = engine.options().listener();
            this.writer = writer;
            this.batchSize = engine.options().batchSize();
            this.maxPending = Math.max(batchSize * 4, 1024);
        }

        void accept(JsonlReader.Entry entry) {
            lines++;
            if (entry instanceof JsonlReader.Entry.Rejected r) {
                notifyRejected(r.result());
                if (requests.isEmpty()) {
                    // nothing decided is waiting ahead of this line: it can go out at once
                    write(r.result());
                    return;
                }
                pending.add(entry);
            } else if (entry instanceof JsonlReader.Entry.Parsed p) {
                pending.add(entry);
                requests.add(p.request());
            }
            if (requests.size() >= batchSize || pending.size() >= maxPending) {
                flushChunk();
            }
        }

        void flushChunk() {
            if (pending.isEmpty()) {
                return;
            }
            Iterator<RecordResult> results = requests.isEmpty() ? Collections.emptyIterator()
                    : engine.evaluateAll(requests.iterator());
            for (JsonlReader.Entry entry : pending) {
                if (entry instanceof JsonlReader.Entry.Rejected r) {
                    write(r.result());
                } else if (entry instanceof JsonlReader.Entry.Parsed p) {
                    write(renumber(p, results.hasNext() ? results.next() : null));
                }
            }
            pending.clear();
            requests.clear();
        }

        /** The engine numbers results within its chunk; the output carries the input line numbers. */
        private static RecordResult renumber(JsonlReader.Entry.Parsed p, RecordResult result) {
            if (result instanceof RecordResult.Decided d) {
                return new RecordResult.Decided(p.line(), d.decisions());
            }
            if (result instanceof RecordResult.Rejected r) {
                return new RecordResult.Rejected(p.line(), r.requestId().or(() -> Optional.of(
                        p.request().requestId())), r.errors());
            }
            return new RecordResult.Rejected(p.line(), Optional.of(p.request().requestId()),
                    List.of(FieldError.of("$", "the engine returned no result for this request")));
        }

        private void write(RecordResult result) {
            writer.write(result);
            if (result instanceof RecordResult.Decided d) {
                decided++;
                for (Decision decision : d.decisions().decisions()) {
                    outcomes.computeIfAbsent(decision.determination(), k -> new EnumMap<>(Outcome.class))
                            .merge(decision.outcome(), 1L, Long::sum);
                }
            } else {
                rejected++;
            }
        }

        private void notifyRejected(RecordResult.Rejected result) {
            try {
                listener.onRejected(result);
            } catch (RuntimeException e) {
                // a listener must not change the batch (DecisionListener's contract): log and go on
                LOG.warn("decision listener failed on rejected line {}", result.line(), e);
            }
        }

        Summary summary() {
            return new Summary(lines, decided, rejected, outcomes);
        }
    }
}
