package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.m4sd.sdk.framework.ProgrammeEvent.RemittancePrice;

/**
 * Plain-Java reference implementation of every results-framework formula (DOMAIN.md §2 and §3). The report, the
 * rule-based implementation and the tests all defer to these functions.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Formulas {
    /** R at or above which progress is on track ({@link ProgressThresholds#OPEN_SDG}). */
    public static final double ON_TRACK_RATIO = 0.95;
    /** R at or above which progress is made but acceleration is needed ({@link ProgressThresholds#OPEN_SDG}). */
    public static final double ACCELERATION_RATIO = 0.60;
    /** Without a target: annual growth at or above which progress is on track ({@link ProgressThresholds#OPEN_SDG}). */
    public static final double ON_TRACK_GROWTH = 0.015;
    /** Without a target: annual growth at or above which acceleration is needed ({@link ProgressThresholds#OPEN_SDG}). */
    public static final double ACCELERATION_GROWTH = 0.005;
    /** SDG 10.7.1 counts workers whose first job abroad began at most this many years before the survey. */
    public static final int SDG_1071_YEARS = 3;

    private Formulas() {
    }

    // ---- progress --------------------------------------------------------------------------------------------
    //
    // The Open SDG progress methodology (Statistics Canada; open-sdg docs/progress-methodology.md) as sdg-build's
    // SeriesProgress computes it: a base or target of exactly 0 is replaced by ZERO_REPLACEMENT before growth
    // rates are taken; an all-negative series has its direction flipped (the sign of the base multiplies the
    // growth); a base and an actual of opposite signs are not assessable; there is no straight-line fallback.

    /** Open SDG replaces a base or a target of exactly 0 by this value before taking growth rates. */
    public static final double ZERO_REPLACEMENT = 0.001;
    /** The exponent of the natural-limit scaling factor C (Statistics Canada). */
    public static final double LIMIT_SCALING_EXPONENT = 4.44;

    /** Whether the actual meets the target in the desired direction. */
    public static boolean met(double target, double actual, boolean ascending) {
        return ascending ? actual >= target : actual <= target;
    }

    /**
     * Raw achievement (actual - baseline) / (target - baseline), the same for descending indicators; never
     * clamped, never -0.0. When target equals baseline: 1 if the actual meets the target, else 0.
     */
    public static double achievement(double baseline, double target, double actual, boolean ascending) {
        if (target == baseline) {
            return met(target, actual, ascending) ? 1.0 : 0.0;
        }
        // + 0.0: an actual at the baseline below a lower target gives 0 / negative = -0.0, which is no change
        return (actual - baseline) / (target - baseline) + 0.0;
    }

    /** Compound annual growth rate from {@code from} to {@code to} over {@code years}; empty when undefined. */
    public static OptionalDouble cagr(double from, double to, double years) {
        if (!(from > 0) || !(to >= 0) || !(years > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.pow(to / from, 1.0 / years) - 1.0);
    }

    /** The value growth rates are taken from: {@link #ZERO_REPLACEMENT} for exactly 0, else the value itself. */
    public static double nonZero(double value) {
        return value == 0 ? ZERO_REPLACEMENT : value;
    }

    /**
     * The natural-limit scaling factor C in [0, 1] by which the positive no-target growth thresholds are
     * multiplied when the baseline is near a limit the indicator cannot pass (a maximum when ascending, a
     * minimum when descending): with b = |baseline| and L = |limit|, C = 1 when b &gt;= 2L, C = 1 - (b / L)^4.44
     * when b &lt;= L, else C = 1 - ((2L - b) / L)^4.44. C = 0 at the limit itself.
     */
    public static double limitScaling(double baseline, double limit) {
        double b = Math.abs(baseline);
        double l = Math.abs(limit);
        if (b >= 2 * l) {
            return 1.0;
        }
        if (b <= l) {
            return 1.0 - Math.pow(b / l, LIMIT_SCALING_EXPONENT);
        }
        return 1.0 - Math.pow((2 * l - b) / l, LIMIT_SCALING_EXPONENT);
    }

    /**
     * The observed annual growth in the desired direction, s x d x CAGR(observed): d = +1 when ascending, -1
     * when descending; s = -1 when the baseline is negative (the direction flipped for an all-negative series),
     * else +1; a baseline of 0 replaced by {@link #ZERO_REPLACEMENT}. Empty when no time has elapsed or the
     * baseline and the actual have opposite signs (not assessable).
     */
    public static OptionalDouble directedGrowth(double baseline, int baselineYear, double actual, int actualYear,
            boolean ascending) {
        int elapsed = actualYear - baselineYear;
        double base = nonZero(baseline);
        if (elapsed <= 0 || oppositeSigns(base, actual)) {
            return OptionalDouble.empty();
        }
        double observed = Math.pow(actual / base, 1.0 / elapsed) - 1.0;
        // + 0.0: a growth of -0.0 is no growth; it must not read as a decline anywhere it is compared
        return OptionalDouble.of(sign(baseline) * (ascending ? 1 : -1) * observed + 0.0);
    }

    /**
     * R: the observed growth from the baseline to the actual over the growth needed to go from the baseline to
     * the target on time, R = s x d x CAGR(observed) / |CAGR(needed)| (see {@link #directedGrowth} for s and d),
     * a base or target of 0 replaced by {@link #ZERO_REPLACEMENT}. Empty when no time has elapsed, the target
     * year is not after the baseline year, the baseline has the opposite sign of the actual or of the target,
     * or the target equals the baseline (no growth is needed).
     */
    public static OptionalDouble growthRatio(double baseline, int baselineYear, double target, int targetYear,
            double actual, int actualYear, boolean ascending) {
        int allowed = targetYear - baselineYear;
        double base = nonZero(baseline);
        double goal = nonZero(target);
        OptionalDouble observed = directedGrowth(baseline, baselineYear, actual, actualYear, ascending);
        if (observed.isEmpty() || allowed <= 0 || oppositeSigns(base, goal)) {
            return OptionalDouble.empty();
        }
        double needed = Math.pow(goal / base, 1.0 / allowed) - 1.0;
        if (needed == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(observed.getAsDouble() / Math.abs(needed) + 0.0);
    }

    /** The category of R, target not yet met, by the Open SDG thresholds. */
    public static ProgressCategory categoryOfRatio(double r) {
        return categoryOfRatio(r, ProgressThresholds.OPEN_SDG);
    }

    /** The category of R, target not yet met: ON_TRACK, ACCELERATION_NEEDED, LIMITED_PROGRESS or DETERIORATION. */
    public static ProgressCategory categoryOfRatio(double r, ProgressThresholds thresholds) {
        return category(r, thresholds.onTrackRatio(), thresholds.accelerationRatio());
    }

    /** Without a target: the category of the annual growth in the desired direction, by the Open SDG thresholds. */
    public static ProgressCategory categoryOfGrowth(double growth) {
        return categoryOfGrowth(growth, ProgressThresholds.OPEN_SDG, 1.0);
    }

    /**
     * Without a target: the category of the annual growth in the desired direction, the positive thresholds
     * multiplied by the natural-limit scaling factor ({@link #limitScaling}; 1 without a limit).
     */
    public static ProgressCategory categoryOfGrowth(double growth, ProgressThresholds thresholds, double scaling) {
        return category(growth, thresholds.onTrackGrowth() * scaling, thresholds.accelerationGrowth() * scaling);
    }

    private static ProgressCategory category(double value, double onTrack, double acceleration) {
        if (value >= onTrack) {
            return ProgressCategory.ON_TRACK;
        }
        if (value >= acceleration) {
            return ProgressCategory.ACCELERATION_NEEDED;
        }
        if (value >= 0) {
            return ProgressCategory.LIMITED_PROGRESS;
        }
        return value < 0 ? ProgressCategory.DETERIORATION : ProgressCategory.NOT_ASSESSED;
    }

    /**
     * Progress of an actual against a baseline and, if given, a target, by the Open SDG thresholds and without
     * a natural limit.
     *
     * @param target     the target value, or empty for the no-target growth rule
     * @param targetYear the target's year (ignored without a target)
     */
    public static Progress progress(double baseline, int baselineYear, OptionalDouble target, int targetYear,
            double actual, int actualYear, boolean ascending) {
        return progress(baseline, baselineYear, target, targetYear, actual, actualYear, ascending,
                OptionalDouble.empty(), ProgressThresholds.OPEN_SDG);
    }

    /**
     * Progress of an actual against a baseline and, if given, a target (DOMAIN.md §2; Open SDG methodology).
     * With a target: ACHIEVED when the actual meets it (a target of 0 read as {@link #ZERO_REPLACEMENT}); else
     * NOT_ASSESSED when the baseline and the actual have opposite signs or no year has elapsed, DETERIORATION when
     * the target equals the baseline, else the category of R (NOT_ASSESSED when R does not exist); a baseline and
     * a target both 0 are NOT_ASSESSED whatever the actual. Without a target: the category of the directed growth,
     * its positive thresholds scaled by the natural limit when there is one.
     *
     * @param target     the target value, or empty for the no-target growth rule
     * @param targetYear the target's year (ignored without a target)
     * @param limit      the indicator's natural limit, used only without a target
     * @param thresholds the thresholds of the categories
     */
    public static Progress progress(double baseline, int baselineYear, OptionalDouble target, int targetYear,
            double actual, int actualYear, boolean ascending, OptionalDouble limit, ProgressThresholds thresholds) {
        if (target.isEmpty()) {
            OptionalDouble growth = directedGrowth(baseline, baselineYear, actual, actualYear, ascending);
            if (growth.isEmpty()) {
                return new Progress(OptionalDouble.empty(), false, OptionalDouble.empty(), ProgressCategory.NOT_ASSESSED);
            }
            double scaling = limit.isPresent() ? limitScaling(baseline, limit.getAsDouble()) : 1.0;
            return new Progress(OptionalDouble.empty(), false, growth,
                    categoryOfGrowth(growth.getAsDouble(), thresholds, scaling));
        }
        double t = target.getAsDouble();
        boolean met = met(nonZero(t), actual, ascending);
        OptionalDouble ratio = OptionalDouble.of(achievement(baseline, t, actual, ascending));
        OptionalDouble r = growthRatio(baseline, baselineYear, t, targetYear, actual, actualYear, ascending);
        ProgressCategory category;
        if (baseline == 0 && t == 0) {
            // no change is needed and none can be measured: neither achieved nor missed
            category = ProgressCategory.NOT_ASSESSED;
        } else if (met) {
            category = ProgressCategory.ACHIEVED;
        } else if (directedGrowth(baseline, baselineYear, actual, actualYear, ascending).isEmpty()) {
            category = ProgressCategory.NOT_ASSESSED;
        } else if (nonZero(t) == nonZero(baseline)) {
            // the target asks to keep the baseline and the actual has moved the wrong way
            category = ProgressCategory.DETERIORATION;
        } else if (r.isPresent()) {
            category = categoryOfRatio(r.getAsDouble(), thresholds);
        } else {
            category = ProgressCategory.NOT_ASSESSED;
        }
        return new Progress(ratio, met, r, category);
    }

    private static boolean oppositeSigns(double a, double b) {
        return a > 0 && b < 0 || a < 0 && b > 0;
    }

    private static double sign(double baseline) {
        return baseline < 0 ? -1 : 1;
    }

    /**
     * The result of {@link #progress}.
     *
     * @param ratio       raw achievement, empty without a target
     * @param met         whether the target is met
     * @param growthRatio R with a target, the directed growth without one
     * @param category    the progress category
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Progress(OptionalDouble ratio, boolean met, OptionalDouble growthRatio, ProgressCategory category) {
    }

    // ---- DHIS2 ----------------------------------------------------------------------------------------------

    /** numerator / denominator x factor; empty when the denominator is 0. */
    public static OptionalDouble indicatorValue(double numerator, double denominator, double factor) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(numerator / denominator * factor);
    }

    /** The outcome of a validation rule. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum RuleOutcome {
        /** The rule holds. */
        PASSED,
        /** The rule is violated: a finding. */
        FAILED,
        /** A missing-value strategy skipped the rule. */
        SKIPPED
    }

    /**
     * Evaluates a DHIS2 validation rule. Each side is a sum of items, an empty item being a missing value. A side
     * is skipped according to its strategy; pair operators are never skipped and test only whether each side has
     * a value. Otherwise a missing item counts as 0.
     */
    public static RuleOutcome validate(List<OptionalDouble> left, MissingValueStrategy leftStrategy, Operator operator,
            List<OptionalDouble> right, MissingValueStrategy rightStrategy) {
        boolean leftPresent = left.stream().anyMatch(OptionalDouble::isPresent);
        boolean rightPresent = right.stream().anyMatch(OptionalDouble::isPresent);
        if (operator == Operator.COMPULSORY_PAIR) {
            return leftPresent == rightPresent ? RuleOutcome.PASSED : RuleOutcome.FAILED;
        }
        if (operator == Operator.EXCLUSIVE_PAIR) {
            return leftPresent && rightPresent ? RuleOutcome.FAILED : RuleOutcome.PASSED;
        }
        if (skip(left, leftStrategy) || skip(right, rightStrategy)) {
            return RuleOutcome.SKIPPED;
        }
        double l = sum(left);
        double r = sum(right);
        boolean holds = switch (operator) {
            case EQUAL_TO -> l == r;
            case NOT_EQUAL_TO -> l != r;
            case GREATER_THAN -> l > r;
            case GREATER_THAN_OR_EQUAL_TO -> l >= r;
            case LESS_THAN -> l < r;
            case LESS_THAN_OR_EQUAL_TO -> l <= r;
            case COMPULSORY_PAIR, EXCLUSIVE_PAIR -> throw new AssertionError(operator);
        };
        return holds ? RuleOutcome.PASSED : RuleOutcome.FAILED;
    }

    private static boolean skip(List<OptionalDouble> side, MissingValueStrategy strategy) {
        return switch (strategy) {
            case NEVER_SKIP -> false;
            case SKIP_IF_ANY_VALUE_MISSING -> side.stream().anyMatch(OptionalDouble::isEmpty);
            case SKIP_IF_ALL_VALUES_MISSING -> side.stream().allMatch(OptionalDouble::isEmpty);
        };
    }

    private static double sum(List<OptionalDouble> side) {
        BigDecimal s = BigDecimal.ZERO;
        for (OptionalDouble v : side) {
            if (v.isPresent()) {
                s = s.add(new BigDecimal(v.getAsDouble()));
            }
        }
        return s.doubleValue();
    }

    // ---- SDG 10.7.1 -----------------------------------------------------------------------------------------

    /** Whether a worker counts: the first job abroad began on or before the survey and at most 3 years before it. */
    public static boolean sdg1071Counts(LocalDate firstJobStart, LocalDate surveyDate) {
        return !firstJobStart.isAfter(surveyDate) && !firstJobStart.isBefore(surveyDate.minusYears(SDG_1071_YEARS));
    }

    /** Mean of the values, summed exactly so that the order does not matter; NaN when there are none. */
    public static double mean(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        BigDecimal s = BigDecimal.ZERO;
        for (double v : values) {
            s = s.add(new BigDecimal(v));
        }
        return s.doubleValue() / values.length;
    }

    /** Median of the values (mean of the two middle ones for an even count); NaN when there are none. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : sorted[n / 2 - 1] / 2 + sorted[n / 2] / 2;
    }

    /**
     * The {@code p}-quantile of the values by linear interpolation between the closest ranks (Hyndman and Fan's
     * type 7, the default of R and of spreadsheet PERCENTILE.INC): with the values sorted, h = (n - 1) p and the
     * quantile lies between the values of rank floor(h) and floor(h) + 1. At p = 0.5 it is the {@link #median};
     * NaN when there are no values.
     *
     * @param p the probability, from 0 to 1
     */
    public static double quantile(double[] values, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must lie in [0, 1], got " + p);
        }
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        if (below + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        double fraction = h - below;
        return fraction == 0 ? sorted[below] : sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
    }

    /**
     * The 4th quintile of the values, the third summary SDG 10.7.1 asks for beside the mean and the median: the
     * value four fifths of the workers are at or below ({@link #quantile} at 0.8).
     */
    public static double fourthQuintile(double[] values) {
        return quantile(values, 0.8);
    }

    // ---- SDG 10.7.2 -----------------------------------------------------------------------------------------

    /** The six domains' sub-item ids, {@code 1a} to {@code 6e}. */
    public static List<String> sdg1072Items() {
        List<String> items = new ArrayList<>(30);
        for (int d = 1; d <= 6; d++) {
            for (char c = 'a'; c <= 'e'; c++) {
                items.add(d + String.valueOf(c));
            }
        }
        return List.copyOf(items);
    }

    /** The weight of an answer: 1 for yes (regardless of status), 0.5 for yes only with legal status, 0 for no. */
    public static double sdg1072Weight(Sdg1072Answer answer) {
        return switch (answer) {
            case YES_REGARDLESS_OF_STATUS, YES -> 1.0;
            case YES_ONLY_WITH_LEGAL_STATUS -> 0.5;
            case NO -> 0.0;
        };
    }

    /** A domain score: (sum of its five weights / 5) x 100; a missing answer scores 0. */
    public static double sdg1072DomainScore(int domain, Map<String, Sdg1072Answer> answers) {
        double sum = 0;
        for (char c = 'a'; c <= 'e'; c++) {
            Sdg1072Answer a = answers.get(domain + String.valueOf(c));
            sum += a == null ? 0 : sdg1072Weight(a);
        }
        return sum / 5 * 100;
    }

    /** The overall score: the plain mean of the 30 sub-item weights x 100. */
    public static double sdg1072Overall(Map<String, Sdg1072Answer> answers) {
        double sum = 0;
        for (String item : sdg1072Items()) {
            Sdg1072Answer a = answers.get(item);
            sum += a == null ? 0 : sdg1072Weight(a);
        }
        return sum / 30 * 100;
    }

    /** Every 10.7.2 score and band of a questionnaire. */
    public static Sdg1072Result sdg1072(String country, Period period, Map<String, Sdg1072Answer> answers) {
        List<Double> scores = new ArrayList<>(6);
        List<Sdg1072Band> bands = new ArrayList<>(6);
        for (int d = 1; d <= 6; d++) {
            double s = sdg1072DomainScore(d, answers);
            scores.add(s);
            bands.add(Sdg1072Band.of(s));
        }
        double overall = sdg1072Overall(answers);
        return new Sdg1072Result(country, period, scores, bands, overall, Sdg1072Band.of(overall));
    }

    /**
     * The proportion of countries in each band (series SG_CPA_MIGRP), in percent of the countries given, for the
     * overall score (key 0) and for each domain (keys 1 to 6). Every band is present, 0 when no country is in it;
     * empty when no country is given. The results should be one per country, of one period.
     */
    public static Map<Integer, Map<Sdg1072Band, Double>> sdg1072BandShares(Collection<Sdg1072Result> results) {
        Map<Integer, Map<Sdg1072Band, Double>> out = new java.util.TreeMap<>();
        if (results.isEmpty()) {
            return out;
        }
        for (int domain = 0; domain <= 6; domain++) {
            Map<Sdg1072Band, Integer> counts = new java.util.EnumMap<>(Sdg1072Band.class);
            for (Sdg1072Result r : results) {
                Sdg1072Band band = domain == 0 ? r.band() : r.domainBands().get(domain - 1);
                counts.merge(band, 1, Integer::sum);
            }
            Map<Sdg1072Band, Double> shares = new java.util.EnumMap<>(Sdg1072Band.class);
            for (Sdg1072Band band : Sdg1072Band.values()) {
                shares.put(band, counts.getOrDefault(band, 0) * 100.0 / results.size());
            }
            out.put(domain, shares);
        }
        return out;
    }

    // ---- SDG 10.c.1 -----------------------------------------------------------------------------------------

    /** The calendar quarter holding a date: prices are collected, and SmaRT computed, per quarter. */
    public static Period quarterOf(LocalDate date) {
        LocalDate start = LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
        return Period.of(start, start.plusMonths(3).minusDays(1));
    }

    /**
     * One price per service, corridor and quarter: a service priced several times in a quarter is one service,
     * at its latest price (the one in force at the end of the collection). Prices collected on the same day are
     * ordered by total cost, the dearer standing, then by whether they qualify for SmaRT, the one that does not
     * standing, so that a duplicate never makes a corridor look cheaper and the result does not depend on the
     * input order. Sorted by corridor, quarter and service.
     */
    public static List<RemittancePrice> servicePrices(Collection<RemittancePrice> prices) {
        Comparator<RemittancePrice> standing = Comparator.comparing(RemittancePrice::date)
                .thenComparingDouble(RemittancePrice::totalCostPercent)
                .thenComparingDouble(RemittancePrice::feeUsd)
                .thenComparing(p -> !p.smartQualifying())
                .thenComparingInt(RemittancePrice::deliveryDays)
                .thenComparing(p -> !p.accessible())
                .thenComparing(p -> !p.transparent());
        Map<List<Object>, RemittancePrice> latest = new java.util.TreeMap<>(Formulas::compareKeys);
        for (RemittancePrice p : prices) {
            latest.merge(List.of(p.sendingCountry(), p.country(), quarterOf(p.date()).start(), p.service()), p,
                    (a, b) -> standing.compare(a, b) >= 0 ? a : b);
        }
        return List.copyOf(latest.values());
    }

    @SuppressWarnings("unchecked")
    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = ((Comparable<Object>) a.get(i)).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * The SmaRT average of a corridor in a quarter: the mean total cost of the three cheapest services (not price
     * records: see {@link #servicePrices}) that qualify (transparent, arriving in 5 days or less, accessible);
     * empty when fewer than three services qualify. The prices should be those of one corridor and quarter.
     */
    public static OptionalDouble smartAverage(Collection<RemittancePrice> prices) {
        double[] cheapest = servicePrices(prices).stream().filter(RemittancePrice::smartQualifying)
                .mapToDouble(RemittancePrice::totalCostPercent).sorted().limit(3).toArray();
        return cheapest.length < 3 ? OptionalDouble.empty() : OptionalDouble.of(mean(cheapest));
    }

    /**
     * SDG 10.c.1 for one corridor and quarter. A corridor without three qualifying services has no SmaRT average
     * and fails the 5 % target: it is reported, never dropped.
     *
     * @param period  the reporting period the quarter falls in
     * @param quarter the quarter the prices were collected in
     * @param prices  the corridor's prices in that quarter
     */
    public static CorridorCost corridor(String sendingCountry, String country, Period period, Period quarter,
            Collection<RemittancePrice> prices) {
        List<RemittancePrice> services = servicePrices(prices);
        OptionalDouble smart = smartAverage(services);
        int qualifying = (int) services.stream().filter(RemittancePrice::smartQualifying).count();
        return new CorridorCost(sendingCountry, country, period, quarter, services.size(), qualifying, smart,
                smart.isPresent() && smart.getAsDouble() <= CorridorCost.CORRIDOR_TARGET_PERCENT);
    }

    /**
     * SDG 10.c.1 over all corridors of a reporting period: each corridor's SmaRT average per quarter; each
     * receiving country's figure, the simple average total cost over its services (one price per service and
     * quarter, every corridor into the country included, whether or not it meets SmaRT); and the global
     * average, the simple average over every service so priced, against 3 %.
     */
    public static Sdg10c1Result sdg10c1(Period period, Collection<RemittancePrice> prices) {
        List<RemittancePrice> services = servicePrices(prices);
        Map<List<Object>, List<RemittancePrice>> byCorridorQuarter = new java.util.TreeMap<>(Formulas::compareKeys);
        Map<String, List<Double>> byCountry = new java.util.TreeMap<>();
        for (RemittancePrice p : services) {
            byCorridorQuarter.computeIfAbsent(List.of(p.sendingCountry(), p.country(), quarterOf(p.date()).start()),
                    k -> new ArrayList<>()).add(p);
            byCountry.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(p.totalCostPercent());
        }
        List<CorridorCost> corridors = new ArrayList<>();
        byCorridorQuarter.forEach((k, v) -> corridors.add(corridor((String) k.get(0), (String) k.get(1), period,
                quarterOf((LocalDate) k.get(2)), v)));
        Map<String, Double> countryAverages = new java.util.TreeMap<>();
        byCountry.forEach((country, costs) -> countryAverages.put(country,
                mean(costs.stream().mapToDouble(Double::doubleValue).toArray())));
        double global = mean(services.stream().mapToDouble(RemittancePrice::totalCostPercent).toArray());
        return new Sdg10c1Result(period, corridors, services.size(), global,
                global < Sdg10c1Result.GLOBAL_TARGET_PERCENT, countryAverages);
    }
}
