package org.m4sd.rules.internal.reference;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import org.m4sd.sdk.request.ContributionPeriod;

/**
 * An insurance record measured from contribution periods given as calendar ranges (DOMAIN.md 4.3 and 4.5): the
 * days covered, counted once however many periods cover them, up to the date of the decision. Kept as the
 * disjoint, non-adjacent runs of covered days, in epoch days, both ends included.
 */
final class ReferencePensionRecord {
    private final long[] firstDays;
    private final long[] lastDays;

    private ReferencePensionRecord(long[] firstDays, long[] lastDays) {
        this.firstDays = firstDays;
        this.lastDays = lastDays;
    }

    /**
     * The days the periods cover on or before {@code asOf}: a period starting after it adds nothing, one running
     * past it counts up to it.
     */
    static ReferencePensionRecord of(Collection<ContributionPeriod> periods, LocalDate asOf) {
        long cutOff = asOf.toEpochDay();
        long[][] ranges = new long[periods.size()][];
        int n = 0;
        for (ContributionPeriod p : periods) {
            long first = p.from().toEpochDay();
            if (first <= cutOff) {
                ranges[n++] = new long[] {first, Math.min(p.to().toEpochDay(), cutOff)};
            }
        }
        long[][] sorted = Arrays.copyOf(ranges, n);
        Arrays.sort(sorted, (a, b) -> Long.compare(a[0], b[0]));
        long[] firsts = new long[n];
        long[] lasts = new long[n];
        int runs = 0;
        for (long[] range : sorted) {
            // A range that starts on or before the day after the current run ends continues that run.
            if (runs > 0 && range[0] <= lasts[runs - 1] + 1) {
                lasts[runs - 1] = Math.max(lasts[runs - 1], range[1]);
            } else {
                firsts[runs] = range[0];
                lasts[runs] = range[1];
                runs++;
            }
        }
        return new ReferencePensionRecord(Arrays.copyOf(firsts, runs), Arrays.copyOf(lasts, runs));
    }

    /** The days covered here that {@code other} does not cover. */
    ReferencePensionRecord without(ReferencePensionRecord other) {
        long[] firsts = new long[firstDays.length + other.firstDays.length];
        long[] lasts = new long[firsts.length];
        int runs = 0;
        for (int i = 0; i < firstDays.length; i++) {
            long day = firstDays[i];
            for (int j = 0; j < other.firstDays.length && day <= lastDays[i]; j++) {
                if (other.lastDays[j] < day || other.firstDays[j] > lastDays[i]) {
                    continue;
                }
                if (other.firstDays[j] > day) {
                    firsts[runs] = day;
                    lasts[runs++] = other.firstDays[j] - 1;
                }
                day = other.lastDays[j] + 1;
            }
            if (day <= lastDays[i]) {
                firsts[runs] = day;
                lasts[runs++] = lastDays[i];
            }
        }
        return new ReferencePensionRecord(Arrays.copyOf(firsts, runs), Arrays.copyOf(lasts, runs));
    }

    /** Whether no day is covered. */
    boolean none() {
        return firstDays.length == 0;
    }

    /**
     * Calendar days covered, counting no more than {@code limit} in any one calendar month. The runs are in order
     * and disjoint, so the days of one month are met one after the other, run by run and a month at a time.
     */
    long daysUpTo(int limit) {
        long days = 0;
        long month = Long.MIN_VALUE;
        long inMonth = 0;
        for (int i = 0; i < firstDays.length; i++) {
            LocalDate day = LocalDate.ofEpochDay(firstDays[i]);
            LocalDate last = LocalDate.ofEpochDay(lastDays[i]);
            while (!day.isAfter(last)) {
                LocalDate monthEnd = day.withDayOfMonth(day.lengthOfMonth());
                LocalDate until = monthEnd.isBefore(last) ? monthEnd : last;
                long number = monthNumber(day);
                if (number != month) {
                    days += Math.min(inMonth, limit);
                    month = number;
                    inMonth = 0;
                }
                inMonth += until.toEpochDay() - day.toEpochDay() + 1;
                day = until.plusDays(1);
            }
        }
        return days + Math.min(inMonth, limit);
    }

    /** Calendar days covered. */
    long days() {
        long days = 0;
        for (int i = 0; i < firstDays.length; i++) {
            days += lastDays[i] - firstDays[i] + 1;
        }
        return days;
    }

    /**
     * Calendar months every day of which is covered. The runs neither overlap nor touch, so a month wholly
     * covered lies within one run: each run counts the months from the first that starts in it to the last that
     * ends in it.
     */
    long wholeMonths() {
        long months = 0;
        for (int i = 0; i < firstDays.length; i++) {
            LocalDate first = LocalDate.ofEpochDay(firstDays[i]);
            LocalDate last = LocalDate.ofEpochDay(lastDays[i]);
            long firstWhole = monthNumber(first) + (first.getDayOfMonth() == 1 ? 0 : 1);
            long lastWhole = monthNumber(last) - (last.plusDays(1).getDayOfMonth() == 1 ? 0 : 1);
            months += Math.max(0, lastWhole - firstWhole + 1);
        }
        return months;
    }

    /** Counts calendar months from year 0, so that consecutive months have consecutive numbers. */
    private static long monthNumber(LocalDate day) {
        return day.getYear() * 12L + day.getMonthValue() - 1;
    }
}
