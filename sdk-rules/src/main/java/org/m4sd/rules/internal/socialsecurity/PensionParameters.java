package org.m4sd.rules.internal.socialsecurity;

import java.util.List;
import java.util.Map;

/**
 * The old-age pension's parameters in force for the jurisdiction on the date of the decision (the overlay's value,
 * else the international default), each with the source the explanation cites, and the pensionable age read for
 * the person: by sex where a schedule of women's ages is in force, and for the year a woman reaches it.
 *
 * <p>Nothing here is compared with the person's age or record: the rules do that.
 *
 * @param paths              the qualifying paths ({@code ss.pension.paths}) as they apply to the person, in table order
 * @param pathsSource        the source of the paths
 * @param moreDemanding      for each path, the paths more demanding than it: a higher minimum, or the same
 *                           minimum earlier in the table
 * @param anyAgePath         the least demanding path without an age condition (the first in the table among
 *                           equals); null when every path has an age condition
 * @param lowestMinimum      the lowest minimum among all the paths
 * @param pensionAge         the pensionable age: the lowest age at which a path with an age condition opens (the
 *                           latest the person may have to reach, where it depends on a sex the request does not
 *                           give); null when no path has an age condition
 * @param earliestPensionAge the earliest pensionable age the person may have; the same as {@code pensionAge} unless
 *                           the age depends on a sex the request does not give; null as {@code pensionAge}
 * @param pensionAgeBySex    a schedule of women's pensionable ages is in force ({@code ss.pension.age.women-schedule}):
 *                           the pensionable age depends on sex
 * @param contributionUnit   how periods are counted ({@code ss.pension.contribution-unit}): MONTHS or DAYS
 * @param minOwnMonths       months of cover in the jurisdiction below which it owes no benefit after totalisation
 *                           ({@code ss.totalisation.min-own-months})
 * @param belowMinimum       what the law pays below the minimum ({@code ss.pension.below-minimum}): LUMP_SUM or
 *                           REFUND; null when the pack has no such benefit
 * @param flatBand           the flat pension's monthly band ({@code ss.pension.flat-band}) as the explanation gives
 *                           it; empty when none is in force
 * @param defaultsApplied    parameters for which the international default applied, comma-separated; empty if none
 * @param defaultsSource     the sources of those defaults
 */
public record PensionParameters(List<QualifyingPath> paths, String pathsSource,
        Map<QualifyingPath, List<QualifyingPath>> moreDemanding, QualifyingPath anyAgePath,
        long lowestMinimum, PensionableAge pensionAge,
        PensionableAge earliestPensionAge, boolean pensionAgeBySex, String contributionUnit, int minOwnMonths,
        String belowMinimum, String flatBand, String defaultsApplied, String defaultsSource) {
    public PensionParameters {
        paths = List.copyOf(paths);
        moreDemanding = Map.copyOf(moreDemanding);
    }

    /** The paths more demanding than {@code path}: a higher minimum, or the same minimum earlier in the table. */
    public List<QualifyingPath> moreDemandingThan(QualifyingPath path) {
        return moreDemanding.get(path);
    }
}
