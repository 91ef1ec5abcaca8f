package org.m4sd.rules.internal.socialsecurity;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.m4sd.sdk.request.ContributionPeriod;

/**
 * The days covered by contribution periods: their union, cut at the date of the decision, so that overlapping
 * periods count once and the order the periods come in does not matter.
 */
final class Coverage {
    static final String MONTHS = "MONTHS";
    static final String DAYS = "DAYS";
    static final String WEEKS = "WEEKS";
    /** Calendar days in a week: the pack's conversion of calendar ranges into weeks counts whole weeks of them. */
    static final int DAYS_A_WEEK = 7;

    private static final Comparator<LocalDate[]> BY_START_THEN_END =
            Comparator.comparing((LocalDate[] i) -> i[0]).thenComparing(i -> i[1]);

    private final List<LocalDate[]> intervals;

    private Coverage(List<LocalDate[]> intervals) {
        this.intervals = intervals;
    }

    /** The union of the periods, each cut at {@code asOf}; periods starting after it are left out. */
    static Coverage of(Collection<ContributionPeriod> periods, LocalDate asOf) {
        List<LocalDate[]> cut = new ArrayList<>(periods.size());
        for (ContributionPeriod p : periods) {
            if (p.from().isAfter(asOf)) {
                continue;
            }
            cut.add(new LocalDate[] {p.from(), p.to().isAfter(asOf) ? asOf : p.to()});
        }
        cut.sort(BY_START_THEN_END);
        List<LocalDate[]> merged = new ArrayList<>(cut.size());
        for (LocalDate[] i : cut) {
            LocalDate[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !i[0].isAfter(last[1].plusDays(1))) {
                if (i[1].isAfter(last[1])) {
                    last[1] = i[1];
                }
            } else {
                merged.add(new LocalDate[] {i[0], i[1]});
            }
        }
        return new Coverage(merged);
    }

    /** The days covered here and not by {@code other}. */
    Coverage minus(Coverage other) {
        List<LocalDate[]> left = new ArrayList<>();
        for (LocalDate[] i : intervals) {
            LocalDate start = i[0];
            for (LocalDate[] o : other.intervals) {
                if (o[1].isBefore(start) || o[0].isAfter(i[1])) {
                    continue;
                }
                if (o[0].isAfter(start)) {
                    left.add(new LocalDate[] {start, o[0].minusDays(1)});
                }
                start = o[1].plusDays(1);
                if (start.isAfter(i[1])) {
                    break;
                }
            }
            if (!start.isAfter(i[1])) {
                left.add(new LocalDate[] {start, i[1]});
            }
        }
        return new Coverage(left);
    }

    /** No day is covered. */
    boolean isEmpty() {
        return intervals.isEmpty();
    }

    /** Calendar days covered, each calendar month counting at most {@code perMonth} of them. */
    long daysCappedPerMonth(int perMonth) {
        // by epoch day and month number rather than dates: a career is hundreds of months, each walked here
        long n = 0;
        int countedMonth = Integer.MIN_VALUE;
        long inMonth = 0;
        for (LocalDate[] i : intervals) {
            long day = i[0].toEpochDay();
            long last = i[1].toEpochDay();
            int year = i[0].getYear();
            int month = i[0].getMonthValue();
            int dayOfMonth = i[0].getDayOfMonth();
            while (day <= last) {
                long end = Math.min(day + Month.of(month).length(Year.isLeap(year)) - dayOfMonth, last);
                int monthNumber = year * 12 + month - 1;
                if (monthNumber != countedMonth) {
                    n += Math.min(inMonth, perMonth);
                    countedMonth = monthNumber;
                    inMonth = 0;
                }
                inMonth += end - day + 1;
                day = end + 1;
                dayOfMonth = 1;
                if (++month > 12) {
                    month = 1;
                    year++;
                }
            }
        }
        return n + Math.min(inMonth, perMonth);
    }

    /** Calendar days covered. */
    long days() {
        long n = 0;
        for (LocalDate[] i : intervals) {
            n += ChronoUnit.DAYS.between(i[0], i[1]) + 1;
        }
        return n;
    }

    /**
     * Calendar months entirely covered. The intervals of a union are disjoint and not adjacent, so a month is
     * entirely covered by at most one of them.
     */
    long fullMonths() {
        long n = 0;
        for (LocalDate[] i : intervals) {
            // months numbered from year 0: the first whole month, and the month after the last whole one
            long start = monthNumber(i[0]) + (i[0].getDayOfMonth() == 1 ? 0 : 1);
            long endExclusive = monthNumber(i[1]) + (i[1].getDayOfMonth() == i[1].lengthOfMonth() ? 1 : 0);
            if (start < endExclusive) {
                n += endExclusive - start;
            }
        }
        return n;
    }

    private static long monthNumber(LocalDate day) {
        return day.getYear() * 12L + day.getMonthValue() - 1;
    }

    /**
     * The pack's conversion of the days covered into the scheme's unit: whole calendar months ({@link #MONTHS}),
     * whole weeks of seven of the days covered ({@link #WEEKS}), or calendar days ({@link #DAYS}), at most
     * {@code maxDaysPerMonth} of them a month where the scheme credits no more (null: no such limit).
     */
    long units(String unit, Integer maxDaysPerMonth) {
        if (WEEKS.equals(unit)) {
            return days() / DAYS_A_WEEK;
        }
        if (!DAYS.equals(unit)) {
            return fullMonths();
        }
        return maxDaysPerMonth == null ? days() : daysCappedPerMonth(maxDaysPerMonth);
    }
}
