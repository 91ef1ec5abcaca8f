package org.m4sd.rules.internal.socialsecurity;

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
 */
public record QualifyingPath(int order, boolean anyAge, int ageMonths, int earliestAgeMonths, long minimum,
        String level, String condition, int lowerPathsOpenAtMonths) {

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
