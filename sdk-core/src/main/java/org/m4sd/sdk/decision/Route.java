package org.m4sd.sdk.decision;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * An alternative way to the outcome a criterion not met stands in the way of, as the rules found it open to the
 * person: another agreement, another qualifying path, a reduced benefit.
 *
 * @param kind the kind of route
 * @param id   what the route is, as the packs name it (for example an agreement's name or a path's id)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Route(RouteKind kind, String id) {
    /** Rejects nulls and a blank id. */
    public Route {
        Checks.required(kind, "kind");
        Checks.requiredText(id, "id");
    }
}
