package org.m4sd.rules.internal.framework;

/**
 * The SDG 10.7.2 band limits in force on a questionnaire's date, from {@link FrameworkParameters}:
 * {@code framework.drl} compares a domain or overall score with them.
 */
public final class Sdg1072BandLimits {
    private final double partiallyMeets;
    private final double meets;
    private final double fullyMeets;

    Sdg1072BandLimits(double partiallyMeets, double meets, double fullyMeets) {
        this.partiallyMeets = partiallyMeets;
        this.meets = meets;
        this.fullyMeets = fullyMeets;
    }

    /** The lowest score that partially meets; below it, the band is "requires further progress". */
    public double getPartiallyMeets() {
        return partiallyMeets;
    }

    /** The lowest score that meets. */
    public double getMeets() {
        return meets;
    }

    /** The lowest score that fully meets. */
    public double getFullyMeets() {
        return fullyMeets;
    }
}
