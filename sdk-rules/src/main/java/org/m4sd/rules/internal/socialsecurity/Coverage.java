package org.m4sd.rules.internal.socialsecurity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
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
        cut.sort(Comparator.comparing((LocalDate[] i) -> i[0]).thenComparing(i -> i[1]));
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
            LocalDate start = i[0].getDayOfMonth() == 1 ? i[0] : i[0].with(TemporalAdjusters.firstDayOfNextMonth());
            LocalDate lastDay = i[1].with(TemporalAdjusters.lastDayOfMonth());
            LocalDate endExclusive = i[1].equals(lastDay) ? i[1].plusDays(1) : i[1].withDayOfMonth(1);
            if (start.isBefore(endExclusive)) {
                n += ChronoUnit.MONTHS.between(start, endExclusive);
            }
        }
        return n;
    }

    /** Units of the given kind ({@link #MONTHS} or {@link #DAYS}). */
    long units(String unit) {
        return DAYS.equals(unit) ? days() : fullMonths();
    }
}
