package org.m4sd.rules.internal.socialsecurity;

import java.util.List;
import java.util.Map;

/**
 * The old-age pension's parameters in force for the jurisdiction on the date of the decision (the overlay's value,
 * else the international default), each with the source the explanation cites, and the pensionable age read for
 * the person: by sex where a schedule of women's ages is in force, and for the year a woman reaches it. Where the
 * jurisdiction's own paths or age are not in force on the date, they are said to be not encoded: no international
 * figure stands in for them.
 *
 * <p>Nothing here is compared with the person's age or record: the rules do that.
 *
 * @param pathsEncoded       the jurisdiction's own qualifying paths are in force on the date (and so is its
 *                           pensionable age where a path is at it); when not, {@code paths} is empty and the
 *                           record is compared with nothing (DOMAIN.md 4.4: C102's figures are ceilings, not
 *                           national conditions)
 * @param ageEncoded         the jurisdiction's own pensionable age is known on the date: its
 *                           {@code ss.pension.age}, or the ages of its own paths where none is at the pensionable age
 * @param paths              the qualifying paths ({@code ss.pension.paths}) as they apply to the person, in table order
 * @param pathsSource        the source of the paths
 * @param moreDemanding      for each path, the paths more demanding than it: a higher minimum, or the same
 *                           minimum earlier in the table
 * @param anyAgePath         the least demanding path without an age condition (the first in the table among
 *                           equals); null when every path has an age condition
 * @param lowestMinimum      the lowest minimum among all the paths
 * @param ordinaryMinimum    the minimum of the ordinary path: the lowest minimum among the paths that open at the
 *                           pensionable age (the lowest age at which a path with an age condition opens); the
 *                           record is compared with it before that age (DOMAIN.md 4.25)
 * @param pensionAge         the pensionable age: the lowest age at which a path with an age condition opens (the
 *                           latest the person may have to reach, where it depends on a sex the request does not
 *                           give); null when no path has an age condition
 * @param earliestPensionAge the earliest pensionable age the person may have; the same as {@code pensionAge} unless
 *                           the age depends on a sex the request does not give; null as {@code pensionAge}
 * @param pensionAgeBySex    a schedule of women's pensionable ages is in force ({@code ss.pension.age.women-schedule}):
 *                           the pensionable age depends on sex
 * @param contributionUnit   how periods are counted ({@code ss.pension.contribution-unit}): MONTHS, WEEKS or DAYS
 * @param maxDaysPerMonth    the most days a month the scheme credits ({@code ss.pension.max-days-per-month},
 *                           Morocco: 26 declared days), applied when the record is counted in days; null where none
 * @param minOwnMonths       months of cover in the jurisdiction below which it owes no benefit after totalisation
 *                           ({@code ss.totalisation.min-own-months})
 * @param belowMinimum       what the law pays below the minimum ({@code ss.pension.below-minimum}): LUMP_SUM or
 *                           REFUND; null when the pack has no such benefit
 * @param flatBand           the flat pension's monthly band ({@code ss.pension.flat-band}) as the explanation gives
 *                           it; empty when none is in force
 * @param contributionUnitSource the source of the contribution unit (its conversion of calendar ranges), cited
 *                           where the record is an estimate
 * @param ageScheduleByDay   the women's schedule has steps in force from a day of the year other than 1 January
 *                           (Moldova, each 1 July): the age is the one in force on the day she reaches it
 * @param recordNeedsSex     the qualifying paths differ by sex and the request does not give it: no path is read
 *                           ({@code paths} is empty) and the record cannot be judged
 * @param annualAverageWeeks the minimum annual average of weeks paid or credited over the working life
 *                           ({@code ss.pension.annual-average}, Jamaica); null where no such test is in force
 * @param workingLifeFromAge the age from which the working life runs ({@code ss.pension.working-life}); 0 where
 *                           no annual-average test is in force
 * @param annualAverageSource the sources of the annual average and of the working life, as the explanation cites
 *                           them; empty where none
 * @param sourcesConflict    the conflict between the sources of the record encoded, as the explanation names it
 *                           ({@code ss.pension.sources-conflict}); empty where none is recorded
 * @param earlyPaths         the early paths ({@code ss.pension.early-paths}) as they apply to the person, in table
 *                           order: open only before the pensionable age; empty where none is in force or the
 *                           jurisdiction's own paths are not encoded
 */
public record PensionParameters(boolean pathsEncoded, boolean ageEncoded, List<QualifyingPath> paths,
        String pathsSource, Map<QualifyingPath, List<QualifyingPath>> moreDemanding, QualifyingPath anyAgePath,
        long lowestMinimum, long ordinaryMinimum, PensionableAge pensionAge,
        PensionableAge earliestPensionAge, boolean pensionAgeBySex, String contributionUnit, int minOwnMonths,
        Integer maxDaysPerMonth, String belowMinimum, String flatBand, String contributionUnitSource,
        boolean ageScheduleByDay, boolean recordNeedsSex, Integer annualAverageWeeks, int workingLifeFromAge,
        String annualAverageSource, String sourcesConflict, List<QualifyingPath> earlyPaths) {
    public PensionParameters {
        paths = List.copyOf(paths);
        earlyPaths = List.copyOf(earlyPaths);
        moreDemanding = Map.copyOf(moreDemanding);
    }

    /** The paths more demanding than {@code path}: a higher minimum, or the same minimum earlier in the table. */
    public List<QualifyingPath> moreDemandingThan(QualifyingPath path) {
        return moreDemanding.get(path);
    }
}
