package org.m4sd.sdk.decision;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How the fact named by a {@link Gap} would have to change for its criterion to be met. */
@API(status = EXPERIMENTAL, since = "0.2")
public enum GapKind {
    /** The fact would have to grow by the gap's amount (months of record, years of work abroad). */
    INCREASE,
    /** The fact would have to shrink by the gap's amount (a cost above a ceiling: the amount to reclaim). */
    DECREASE,
    /** The criterion is met from the gap's date on, with nothing else changed (an age reached). */
    REACH_DATE,
    /** The fact would have to take one of the gap's values (a document held, a measure completed). */
    CHANGE,
    /** Nothing the person does changes it (a nationality under a treaty, the jurisdiction's ratifications). */
    UNCHANGEABLE
}
