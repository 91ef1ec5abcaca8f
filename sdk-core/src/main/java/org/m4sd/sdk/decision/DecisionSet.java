package org.m4sd.sdk.decision;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.internal.Checks;

/**
 * The decisions for one request, one per determination asked, in the order asked.
 *
 * @param requestId the request's id
 * @param decisions the decisions
 */
@API(status = STABLE, since = "0.1")
public record DecisionSet(String requestId, List<Decision> decisions) {
    /** Rejects nulls and decisions for another request. */
    public DecisionSet {
        Checks.requiredText(requestId, "requestId");
        decisions = Checks.list(decisions, "decisions");
        for (Decision d : decisions) {
            if (!d.requestId().equals(requestId)) {
                throw new IllegalArgumentException("decision for request " + d.requestId() + " in set " + requestId);
            }
        }
    }

    /** The decision on this determination, if it was asked. */
    public Optional<Decision> decision(Determination determination) {
        return decisions.stream().filter(d -> d.determination() == determination).findFirst();
    }
}
