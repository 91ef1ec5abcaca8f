package org.m4sd.sdk;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.internal.Slf4jDecisionListener;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * Told of every decision an engine makes, for audit logs and metrics. Called on the evaluating thread:
 * implementations must be thread-safe and quick. An exception thrown here is logged and does not change the
 * decision.
 */
@API(status = STABLE, since = "0.1")
public interface DecisionListener {

    /** A request was decided. */
    void onDecision(EligibilityRequest request, DecisionSet decisions);

    /** A batch record was rejected. */
    default void onRejected(RecordResult.Rejected rejected) {
    }

    /** A listener that does nothing. */
    static DecisionListener none() {
        return (request, decisions) -> {
        };
    }

    /**
     * A listener writing one SLF4J line per decision to logger {@code org.m4sd.sdk.decisions}: request id,
     * determination, outcome, rule pack and the person id hashed with SHA-256. Migratory status and other
     * personal facts are never written.
     */
    static DecisionListener logging() {
        return new Slf4jDecisionListener();
    }
}
