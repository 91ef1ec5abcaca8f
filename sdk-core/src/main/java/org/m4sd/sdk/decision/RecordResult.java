package org.m4sd.sdk.decision;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.internal.Checks;

/**
 * The result for one record of a batch: its decisions, or the errors that stopped it from being decided.
 * A batch yields exactly one result per input record, in input order.
 */
@API(status = STABLE, since = "0.1")
public sealed interface RecordResult permits RecordResult.Decided, RecordResult.Rejected {

    /** Position of the record in its batch: 1-based, like a line number. */
    long line();

    /**
     * A record that was decided.
     *
     * @param line      1-based position in the batch
     * @param decisions the decisions
     */
    @API(status = STABLE, since = "0.1")
    record Decided(long line, DecisionSet decisions) implements RecordResult {
        /** Rejects nulls. */
        public Decided {
            Checks.required(decisions, "decisions");
        }
    }

    /**
     * A record that was not decided, with every problem found.
     *
     * @param line      1-based position in the batch
     * @param requestId the record's request id, when it could be read
     * @param errors    the problems, at least one
     */
    @API(status = STABLE, since = "0.1")
    record Rejected(long line, Optional<String> requestId, List<FieldError> errors) implements RecordResult {
        /** Rejects nulls and an empty error list. */
        public Rejected {
            Checks.optional(requestId, "requestId");
            errors = Checks.list(errors, "errors");
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a rejected record has at least one error");
            }
        }
    }
}
