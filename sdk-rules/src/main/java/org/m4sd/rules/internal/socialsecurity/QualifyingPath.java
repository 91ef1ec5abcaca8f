package org.m4sd.rules.internal.socialsecurity;

import java.util.List;

/**
 * One qualifying path of the old-age pension ({@code ss.pension.paths}) as it applies to one person: a minimum of
 * contribution units at an age, and the benefit level it gives. The age is the path's own age, or the pensionable
 * age that applies to the person; a path without an age condition opens at any age.
 *
 * <p>Where the pensionable age differs by sex and the request does not give the sex, a path at the pensionable age
 * has two readings: it opens for certain at {@code ageMonths}, the latest age the person may have to reach, and
 * cannot have opened before {@code earliestAgeMonths}; between the two, only the sex decides. Elsewhere both are
 * the same age.
 *
 * <p>Equality is identity: the rules iterate the paths of one case, and Drools keys what it creates for each
 * element by its hash, which for a value would mean hashing the level and condition on every match.
 *
 * @param order                  the path's place in the pack's table (the first of equally demanding paths counts)
 * @param anyAge                 the path has no age condition
 * @param ageMonths              the age in months from which the path is open; 0 for a path without an age condition
 * @param earliestAgeMonths      the lowest age in months at which the path may be open for this person
 * @param minimum                the contribution units the path requires, in the scheme's unit
 * @param level                  FULL, PROPORTIONAL or FLAT (another level is reported in the values only)
 * @param condition              CESSATION or SEPARATION where the path requires one; null otherwise
 * @param lowerPathsOpenAtMonths the lowest age in months at which a path with a lower minimum (or the same
 *                               minimum, earlier in the table) is open; {@link Integer#MAX_VALUE} when there is none
 * @param early                  an early path ({@code ss.pension.early-paths}): open only before the pensionable age,
 *                               to the persons its grounds or children name
 * @param minimumUpTo            where the sources give the record required differently, the highest of their
 *                               figures ({@code minimum} being the lowest): a record between the two is not encoded;
 *                               else the same as {@code minimum}
 * @param grounds                the early-pension grounds that open the path (any one of them); empty when none does
 * @param childrenMin            the children raised that open the path; null when children do not
 * @param childrenSex            the sex of the parent the children open the path to (F for a mother); null for any
 * @param raisedToAge            the age to which the children must have been raised; null where the law names none
 * @param openWithoutGrounds     the path needs neither a ground nor children
 * @param reduction              how the pension is reduced for each period before the pensionable age; null where
 *                               the path is not reduced or no source gives the reduction
 * @param source                 the source of the path, as the explanation cites it
 */
public record QualifyingPath(int order, boolean anyAge, int ageMonths, int earliestAgeMonths, long minimum,
        String level, String condition, int lowerPathsOpenAtMonths, boolean early, long minimumUpTo,
        List<String> grounds, Integer childrenMin, String childrenSex, Integer raisedToAge,
        boolean openWithoutGrounds, EarlyReduction reduction, String source) {

    /** An ordinary path of {@code ss.pension.paths}: open from its age to everyone, with one record required. */
    public QualifyingPath(int order, boolean anyAge, int ageMonths, int earliestAgeMonths, long minimum,
            String level, String condition, int lowerPathsOpenAtMonths) {
        this(order, anyAge, ageMonths, earliestAgeMonths, minimum, level, condition, lowerPathsOpenAtMonths, false,
                minimum, List.of(), null, null, null, true, null, "");
    }

    /** The path's own age in whole years, as the explanation gives it. */
    public int ageYears() {
        return ageMonths / 12;
    }

    /** The months of the path's own age beyond the whole years. */
    public int ageMonthsOverYears() {
        return ageMonths % 12;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
