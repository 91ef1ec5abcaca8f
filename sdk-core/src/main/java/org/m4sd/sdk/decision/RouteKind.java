package org.m4sd.sdk.decision;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The kind of an alternative {@link Route} to the outcome a criterion not met stands in the way of. */
@API(status = EXPERIMENTAL, since = "0.2")
public enum RouteKind {
    /** Periods or rights counted under an agreement between states (totalisation, another agreement). */
    AGREEMENT,
    /** Another qualifying path of the same benefit (an early pension, an age by sex or by children raised). */
    QUALIFYING_PATH,
    /** A benefit at a reduced rate or in proportion to the record. */
    REDUCED_BENEFIT,
    /** A compensation measure (adaptation period, aptitude test) that makes up a difference. */
    COMPENSATION_MEASURE,
    /** A procedure open to the person (a complaint, a reimbursement claim, a new application). */
    PROCEDURE
}
