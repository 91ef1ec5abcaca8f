package org.m4sd.rules.internal.socialsecurity;

/**
 * The contribution record of one person measured under one agreement in force (DOMAIN.md 4.3): the periods in
 * the jurisdiction and the partners' periods within the service the agreement covers, overlapping periods counted
 * once, in the scheme's unit. Whether the agreement applies to the person, and which of those that apply is the
 * most favourable, are tests of {@code socialsecurity.drl}; this only measures.
 *
 * <p>Equality is identity, as for {@link QualifyingPath}: the rules iterate the records of one case.
 *
 * @param agreement       the agreement, with its regime, condition and effect as the pack records them
 * @param tableIndex      its place in the pack's table (the first of equally favourable agreements counts)
 * @param partnerUnits    the units the partners' periods add to the record in the jurisdiction
 * @param totalUnits      the units in the jurisdiction and of the partners' periods counted
 * @param totalisedMonths calendar months entirely covered by both
 * @param estimated       the record counted comes at least in part from the pack's conversion of calendar ranges
 * @param workingLifeWeeks weeks of the record counted that fall in the working life over which the pack takes an
 *                        annual average (0 where it takes none)
 */
public record AgreementRecord(Agreement agreement, int tableIndex, long partnerUnits, long totalUnits,
        long totalisedMonths, boolean estimated, long workingLifeWeeks) {

    /** The condition the agreement sets on the person (RESIDES_IN_PAYING_STATE); null when none. */
    public String getCondition() {
        return agreement.condition();
    }

    /** The regime the pack's row names (PRO_RATA_TOTALISATION, TERRITORIALITY); null where it names none. */
    public String getRegime() {
        return agreement.regime();
    }

    /** What the partners' service counts as: PRO_RATA_SHARE or COUNTS_AS_OWN. */
    public String getEffect() {
        return agreement.effect();
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
