package org.m4sd.examples.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.json.JsonlReader;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * Runs batch entries through an engine in chunks of the engine's batch size: exactly one result per entry, in
 * input order, numbered by input line. Lines that could not be read keep their place between the decided ones;
 * a request the override makes invalid (an {@code --as-of} before the birth date, say) is rejected, not dropped.
 */
public final class Evaluation {
    private final EligibilityEngine engine;
    private final UnaryOperator<EligibilityRequest> override;

    /** Decides with {@code engine}, each request first passed through {@code override}. */
    public Evaluation(EligibilityEngine engine, UnaryOperator<EligibilityRequest> override) {
        this.engine = engine;
        this.override = override;
    }

    /** The request unchanged when both are null, else with this as-of date and locale where given. */
    public static UnaryOperator<EligibilityRequest> override(LocalDate asOf, Locale locale) {
        if (asOf == null && locale == null) {
            return UnaryOperator.identity();
        }
        return request -> {
            EligibilityRequest.Builder b = request.toBuilder();
            if (asOf != null) {
                b.asOf(asOf);
            }
            if (locale != null) {
                b.locale(locale);
            }
            return b.build();
        };
    }

    /** Reads every entry, decides the requests and hands each result to {@code sink}, in order. */
    public void run(Iterator<JsonlReader.Entry> entries, Consumer<RecordResult> sink) {
        List<JsonlReader.Entry> chunk = new ArrayList<>();
        int size = engine.options().batchSize();
        while (entries.hasNext()) {
            chunk.add(entries.next());
            if (chunk.size() >= size) {
                decide(chunk).forEach(sink);
                chunk.clear();
            }
        }
        decide(chunk).forEach(sink);
    }

    /** The results for a chunk of entries, one per entry, in order, numbered by the entries' lines. */
    public List<RecordResult> decide(List<JsonlReader.Entry> chunk) {
        List<RecordResult> results = new ArrayList<>(chunk.size());
        List<EligibilityRequest> requests = new ArrayList<>();
        for (JsonlReader.Entry entry : chunk) {
            if (entry instanceof JsonlReader.Entry.Parsed p) {
                try {
                    EligibilityRequest request = override.apply(p.request());
                    requests.add(request);
                    results.add(null);
                } catch (IllegalArgumentException e) {
                    results.add(new RecordResult.Rejected(p.line(), Optional.of(p.request().requestId()),
                            List.of(FieldError.of("$", e.getMessage()))));
                }
            } else if (entry instanceof JsonlReader.Entry.Rejected r) {
                results.add(r.result());
            }
        }
        List<RecordResult> decided;
        try {
            decided = new ArrayList<>(requests.size());
            engine.evaluateAll(requests.iterator()).forEachRemaining(decided::add);
        } catch (RuntimeException e) {
            // An engine that breaks its batch contract (an older rule-pack jar under diff, say) still answers
            // every record: each request alone, a failure rejecting that request only.
            decided = requests.stream().map(this::decideAlone).toList();
        }
        Iterator<RecordResult> answers = decided.iterator();
        Iterator<EligibilityRequest> asked = requests.iterator();
        for (int i = 0; i < chunk.size(); i++) {
            if (results.get(i) == null) {
                EligibilityRequest request = asked.next();
                results.set(i, renumber(chunk.get(i).line(), request, answers.hasNext() ? answers.next() : null));
            }
        }
        return results;
    }

    private RecordResult decideAlone(EligibilityRequest request) {
        try {
            return new RecordResult.Decided(0, engine.evaluate(request));
        } catch (InvalidRequestException e) {
            return new RecordResult.Rejected(0, Optional.of(request.requestId()), e.errors());
        } catch (RuntimeException e) {
            return new RecordResult.Rejected(0, Optional.of(request.requestId()),
                    List.of(FieldError.of("$", "the rules could not decide this record: " + e.getMessage())));
        }
    }

    private static RecordResult renumber(long line, EligibilityRequest request, RecordResult result) {
        if (result instanceof RecordResult.Decided d) {
            return new RecordResult.Decided(line, d.decisions());
        }
        if (result instanceof RecordResult.Rejected r) {
            return new RecordResult.Rejected(line, r.requestId().or(() -> Optional.of(request.requestId())),
                    r.errors());
        }
        return new RecordResult.Rejected(line, Optional.of(request.requestId()),
                List.of(FieldError.of("$", "the engine returned no result for this request")));
    }
}
