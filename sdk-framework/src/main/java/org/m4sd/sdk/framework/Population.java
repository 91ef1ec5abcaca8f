package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.internal.Checks;
import org.m4sd.sdk.request.MigratoryStatus;

/**
 * Whom an indicator fed by eligibility decisions counts, stated as data: a decision counts when its determination,
 * its outcome and the person's migratory status are each in their set. What is counted is given by
 * {@link #counts()}: distinct persons (a person decided twice in a period, or on two determinations of the set,
 * counts once in a cell) or decisions.
 *
 * @param migratoryStatuses the migratory statuses counted; {@link #MIGRANTS} for an indicator about migrants
 * @param determinations    the determinations counted
 * @param outcomes          the outcomes counted; {@link #ACCESS} for an indicator of access granted
 * @param counts            whether persons or decisions are counted
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Population(Set<MigratoryStatus> migratoryStatuses, Set<Determination> determinations,
        Set<Outcome> outcomes, Counting counts) {

    /**
     * The statuses of a migrant: every non-national whose status is recorded. {@link MigratoryStatus#NATIONAL} is
     * left out, and so is {@link MigratoryStatus#UNKNOWN}, since a person of unknown status may be a national.
     */
    public static final Set<MigratoryStatus> MIGRANTS = Collections.unmodifiableSet(EnumSet.of(
            MigratoryStatus.REGULAR, MigratoryStatus.IRREGULAR, MigratoryStatus.ASYLUM_SEEKER,
            MigratoryStatus.REFUGEE, MigratoryStatus.STATELESS));

    /** The outcomes that grant access: ELIGIBLE and CONDITIONAL. */
    public static final Set<Outcome> ACCESS = Collections.unmodifiableSet(EnumSet.of(Outcome.ELIGIBLE,
            Outcome.CONDITIONAL));

    /** What an indicator fed by decisions counts. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Counting {
        /** Distinct persons: a person counts once per country, period and cell, however often decided. */
        PERSONS,
        /** Decisions, each one; the indicator's unit must then be {@code decisions}. */
        DECISIONS
    }

    /** Rejects nulls and empty sets; keeps unmodifiable copies. */
    public Population {
        migratoryStatuses = nonEmpty(migratoryStatuses, "migratoryStatuses", MigratoryStatus.class);
        determinations = nonEmpty(determinations, "determinations", Determination.class);
        outcomes = nonEmpty(outcomes, "outcomes", Outcome.class);
        Checks.required(counts, "counts");
    }

    /** Whether a decision on this determination, with this outcome, about a person of this status counts. */
    public boolean includes(Determination determination, Outcome outcome, MigratoryStatus migratoryStatus) {
        return determinations.contains(determination) && outcomes.contains(outcome)
                && migratoryStatuses.contains(migratoryStatus);
    }

    /**
     * Whether this decision decides about this population: its determination and the person's status are the
     * population's, and its outcome, whichever the population counts, is a decision ({@link Outcome#UNDETERMINED}
     * is none: the facts were missing). Where one was made in a country and period, a count of 0 there means that
     * nobody in the population qualified, and is reported as 0.
     */
    public boolean decides(Determination determination, Outcome outcome, MigratoryStatus migratoryStatus) {
        return determinations.contains(determination) && outcome != Outcome.UNDETERMINED
                && migratoryStatuses.contains(migratoryStatus);
    }

    /** Whether the outcome set holds only outcomes that grant access. */
    public boolean grantsAccessOnly() {
        return ACCESS.containsAll(outcomes);
    }

    private static <E extends Enum<E>> Set<E> nonEmpty(Collection<E> values, String field, Class<E> type) {
        Set<E> copy = EnumSet.noneOf(type);
        for (E value : Checks.required(values, field)) {
            copy.add(Checks.required(value, field + "[]"));
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return Collections.unmodifiableSet(copy);
    }
}
