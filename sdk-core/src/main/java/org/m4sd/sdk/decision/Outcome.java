package org.m4sd.sdk.decision;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.m4sd.sdk.Determination;

/** The outcome of one determination. */
@API(status = STABLE, since = "0.1")
public enum Outcome {
    /** Entitled. */
    ELIGIBLE,
    /** Entitled once a stated condition is met (a compensation measure, a document ...). */
    CONDITIONAL,
    /** Not entitled; the criteria say why. */
    INELIGIBLE,
    /** Costs borne by the worker comply with the rules. */
    COMPLIANT,
    /** Costs borne by the worker break a rule; the criteria say which. */
    NON_COMPLIANT,
    /** A fact the decision needs is missing; {@link Decision#missingFacts()} lists them. */
    UNDETERMINED;

    /** Whether this outcome can be the result of a determination of this kind. */
    public boolean appliesTo(Determination.Kind kind) {
        return switch (this) {
            case UNDETERMINED -> true;
            case ELIGIBLE, CONDITIONAL, INELIGIBLE -> kind == Determination.Kind.ENTITLEMENT;
            case COMPLIANT, NON_COMPLIANT -> kind == Determination.Kind.COMPLIANCE;
        };
    }
}
