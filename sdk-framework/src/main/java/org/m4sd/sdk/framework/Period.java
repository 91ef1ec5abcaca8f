package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A reporting period, both ends included (IATI {@code period-start} and {@code period-end}).
 *
 * @param start first day
 * @param end   last day, not before {@code start}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Period(LocalDate start, LocalDate end) implements Comparable<Period> {
    /** Rejects nulls and an end before the start. */
    public Period {
        Checks.required(start, "start");
        Checks.required(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period end " + end + " is before its start " + start);
        }
    }

    /** A period from start to end. */
    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, end);
    }

    /** The calendar year. */
    public static Period ofYear(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Whether the date falls in this period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Whether this period lies wholly inside the other. */
    public boolean within(Period other) {
        return !start.isBefore(other.start) && !end.isAfter(other.end);
    }

    /** The time of the period's end in fractional years, used for growth rates. */
    public double endYears() {
        return end.getYear() + (end.getDayOfYear() - 1.0) / end.lengthOfYear();
    }

    /** Orders by start, then end. */
    @Override
    public int compareTo(Period o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }

    @Override
    public String toString() {
        return start + "/" + end;
    }
}
