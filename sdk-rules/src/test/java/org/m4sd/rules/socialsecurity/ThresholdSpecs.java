package org.m4sd.rules.socialsecurity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.m4sd.rules.socialsecurity.SocialSecurityProperties.PeriodSpec;
import org.m4sd.rules.socialsecurity.SocialSecurityProperties.Spec;
import org.m4sd.sdk.request.ContributionUnit;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Sex;

/**
 * Pension requests on and just beside the thresholds in force ({@link PensionThresholds}): a person whose age on
 * the date is a pensionable or path age, a month or a day either side; a record in the jurisdiction at a path's
 * minimum or one unit either side; a record that reaches a minimum, or one unit short or over, only with periods
 * of a partner state of an agreement in force, the months of own cover at the liability minimum or one either
 * side; where the scheme counts days at most so many a month, or weeks, calendar ranges that credit the record exactly, and a
 * third of the records in the jurisdiction given with the units the scheme recorded. Uniform draws rarely land on a threshold, which is where a rule written with the wrong comparison differs.
 * Each spec follows from its draws, so generation is deterministic for a seed.
 */
final class ThresholdSpecs {
    private static final LocalDate EPOCH = LocalDate.of(1995, 1, 1);
    /**
     * Days from the epoch to 1 January 2015, from which most overlays' pension parameters are in force (Jamaica's
     * from 2016, Moldova's from 2022: before, their decisions say the parameters are not encoded).
     */
    private static final int NATIONAL_VALUES_FROM = 7305;
    private static final int LAST_DAY = 13_800;
    private static final List<String> JURISDICTIONS =
            List.of("ECU", "MAR", "NPL", "SRB", "SEN", "TUN", "PHL", "BGD", "JAM", "KGZ", "MDA", "ESP");
    private static final List<String> RESIDENCES =
            List.of("SELF", "ESP", "FRA", "TUN", "AUT", "ITA", "ECU", "PHL", "TTO", "GBR", "RUS", "CZE");

    private ThresholdSpecs() {
    }

    /** Specs on and around the thresholds in force for a drawn jurisdiction and date. */
    static Arbitrary<Spec> specs() {
        // Mostly dates on which the overlays' own ages, schedules and paths are in force.
        Arbitrary<Integer> asOfDay = Arbitraries.frequencyOf(
                Tuple.of(1, uniform(0, NATIONAL_VALUES_FROM - 1)), Tuple.of(6, uniform(NATIONAL_VALUES_FROM, LAST_DAY)));
        return Combinators.combine(Arbitraries.of(JURISDICTIONS), asOfDay,
                Arbitraries.of(Sex.class).injectNull(0.3), Arbitraries.of(RESIDENCES).injectNull(0.05),
                Arbitraries.of(MigratoryStatus.class), Arbitraries.longs())
                .as(ThresholdSpecs::spec);
    }

    private static Spec spec(String jurisdiction, int asOfDay, Sex sex, String residence, MigratoryStatus status,
            long seed) {
        Random random = new Random(seed);
        LocalDate asOf = EPOCH.plusDays(asOfDay);
        PensionThresholds in = PensionThresholds.inForce(jurisdiction, asOf);
        LocalDate birth = birth(random, asOf, in);
        List<PeriodSpec> periods = new ArrayList<>();
        // Where the jurisdiction's own paths are not encoded for the date, a record of any length.
        long minimum = in.minima().isEmpty() ? 1 + random.nextInt(600)
                : in.minima().get(random.nextInt(in.minima().size()));
        int roll = random.nextInt(10);
        if (roll < 4 || in.partners().isEmpty()) {
            ownOnly(random, asOf, in, minimum + offset(random), jurisdiction, periods);
        } else if (roll < 9) {
            totalised(random, asOf, in, minimum, jurisdiction, periods);
        } else {
            // Far from any minimum: the age alone decides what the record is compared with.
            ownOnly(random, asOf, in, random.nextInt((int) minimum * 2 + 1), jurisdiction, periods);
        }
        Integer ageDays = birth == null ? null : (int) ChronoUnit.DAYS.between(birth, asOf);
        return new Spec(jurisdiction, asOfDay, ageDays, sex, residence, List.copyOf(periods), status, seed);
    }

    /**
     * A birth date putting the age on a threshold, a month or a day beside it (a day later is a month short of
     * it), or unknown, or anywhere between 18 and 80.
     */
    private static LocalDate birth(Random random, LocalDate asOf, PensionThresholds in) {
        int roll = random.nextInt(10);
        if (roll == 0) {
            return null;
        }
        if (roll == 1 || in.ageMonths().isEmpty()) {
            return asOf.minusDays(18 * 365 + random.nextInt(62 * 365));
        }
        int months = in.ageMonths().get(random.nextInt(in.ageMonths().size())) + offset(random);
        return asOf.minusMonths(months).plusDays(random.nextInt(3) - 1);
    }

    private static Arbitrary<Integer> uniform(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    /** -1, 0 or +1, on the threshold half of the time. */
    private static int offset(Random random) {
        int roll = random.nextInt(4);
        return roll < 2 ? 0 : roll == 2 ? -1 : 1;
    }

    /** A record in the jurisdiction alone of {@code units} units (none when not positive). */
    private static void ownOnly(Random random, LocalDate asOf, PensionThresholds in, long units, String jurisdiction,
            List<PeriodSpec> periods) {
        if (units <= 0) {
            return;
        }
        LocalDate end = lastMonthEnd(random, asOf);
        LocalDate from = fromCrediting(end, units, in);
        // A third of the time the period carries the units the scheme recorded (sometimes more than its calendar
        // range can credit, which the scheme's limit cuts back).
        if (random.nextInt(3) == 0) {
            periods.add(period(jurisdiction, from, end, asOf, units + (random.nextBoolean() ? 0 : 5),
                    in.days() ? ContributionUnit.DAYS : in.weeks() ? ContributionUnit.WEEKS : ContributionUnit.MONTHS));
        } else {
            periods.add(period(jurisdiction, from, end, asOf));
        }
    }

    /**
     * A record short of {@code minimum} in the jurisdiction that reaches it, or falls one unit short or over, with
     * an adjoining period in a partner state; the months of own cover at the liability minimum or beside it, or
     * anywhere below the minimum.
     */
    private static void totalised(Random random, LocalDate asOf, PensionThresholds in, long minimum,
            String jurisdiction, List<PeriodSpec> periods) {
        int ownMonths = random.nextBoolean() ? in.minOwnMonths() + offset(random)
                : 1 + random.nextInt((int) Math.max(1, Math.min(minimum, 600) - 1));
        LocalDate end = lastMonthEnd(random, asOf);
        LocalDate ownFrom = YearMonth.from(end).minusMonths(ownMonths - 1L).atDay(1);
        periods.add(period(jurisdiction, ownFrom, end, asOf));
        long ownUnits = in.weeks() ? (ChronoUnit.DAYS.between(ownFrom, end) + 1) / 7
                : !in.days() ? ownMonths : in.maxDaysPerMonth() > 0 ? (long) in.maxDaysPerMonth() * ownMonths
                : ChronoUnit.DAYS.between(ownFrom, end) + 1;
        long partnerUnits = minimum + offset(random) - ownUnits;
        if (partnerUnits <= 0) {
            return;
        }
        LocalDate partnerEnd = ownFrom.minusDays(1);
        LocalDate partnerFrom = fromCrediting(partnerEnd, partnerUnits, in);
        String partner = in.partners().get(random.nextInt(in.partners().size()));
        periods.add(period(partner, partnerFrom, partnerEnd, asOf));
    }

    /** The last day of a month ending before the date, up to a year earlier. */
    private static LocalDate lastMonthEnd(Random random, LocalDate asOf) {
        return YearMonth.from(asOf).minusMonths(1L + random.nextInt(12)).atEndOfMonth();
    }

    /**
     * The first day of a period ending on {@code end}, the last day of a month, that the pack's conversion credits
     * with exactly {@code units}: whole months, days, or days at most the scheme's limit a month (full months of
     * the limit each, after a first month partly covered for the rest).
     */
    private static LocalDate fromCrediting(LocalDate end, long units, PensionThresholds in) {
        if (in.weeks()) {
            return end.minusDays(units * 7 - 1);
        }
        if (!in.days()) {
            return YearMonth.from(end).minusMonths(units - 1).atDay(1);
        }
        if (in.maxDaysPerMonth() == 0) {
            return end.minusDays(units - 1);
        }
        long fullMonths = units / in.maxDaysPerMonth();
        long rest = units % in.maxDaysPerMonth();
        return rest == 0 ? YearMonth.from(end).minusMonths(fullMonths - 1).atDay(1)
                : YearMonth.from(end).minusMonths(fullMonths).atEndOfMonth().minusDays(rest - 1);
    }

    private static PeriodSpec period(String country, LocalDate from, LocalDate to, LocalDate asOf, long units,
            ContributionUnit unit) {
        return new PeriodSpec(country, (int) ChronoUnit.DAYS.between(from, asOf),
                (int) ChronoUnit.DAYS.between(from, to) + 1, units, unit);
    }

    private static PeriodSpec period(String country, LocalDate from, LocalDate to, LocalDate asOf) {
        return new PeriodSpec(country, (int) ChronoUnit.DAYS.between(from, asOf),
                (int) ChronoUnit.DAYS.between(from, to) + 1);
    }
}
