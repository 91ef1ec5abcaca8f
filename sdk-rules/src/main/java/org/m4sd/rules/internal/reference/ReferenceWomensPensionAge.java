package org.m4sd.rules.internal.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pensionable age for women that rises by steps ({@code ss.pension.age.women-schedule}): Serbia's by calendar
 * year (a row's {@code year}: the step holds from 1 January), Moldova's each 1 July (a row's {@code from} date).
 * The reading: a woman reaches pensionable age on the earliest day on which her age is at least the age the
 * schedule asks for on that day. Days before the first step take its age, days after the last step its age.
 */
final class ReferenceWomensPensionAge {
    private final TreeMap<LocalDate, Integer> monthsFrom;
    private final boolean dated;

    private ReferenceWomensPensionAge(TreeMap<LocalDate, Integer> monthsFrom, boolean dated) {
        this.monthsFrom = monthsFrom;
        this.dated = dated;
    }

    /**
     * The schedule of one value of the parameter: rows of {@code year} or {@code from}, with {@code years} and
     * {@code months}.
     */
    static ReferenceWomensPensionAge read(JsonNode value) {
        TreeMap<LocalDate, Integer> steps = new TreeMap<>();
        boolean dated = false;
        for (JsonNode row : value) {
            JsonNode from = row.get("from");
            LocalDate first;
            if (from != null && !from.isNull()) {
                first = LocalDate.parse(from.asText());
                dated = true;
            } else {
                first = LocalDate.of(row.path("year").asInt(), 1, 1);
            }
            steps.put(first, row.path("years").asInt() * 12 + row.path("months").asInt());
        }
        if (steps.isEmpty()) {
            throw new IllegalStateException("ss.pension.age.women-schedule has no rows");
        }
        return new ReferenceWomensPensionAge(steps, dated);
    }

    /** The steps are given as dates (a step may start on any day of the year), not as calendar years. */
    boolean dated() {
        return dated;
    }

    /** The age, in months, that the schedule asks for on a day. */
    int ageMonthsOn(LocalDate day) {
        Map.Entry<LocalDate, Integer> step = monthsFrom.floorEntry(day);
        return step != null ? step.getValue() : monthsFrom.firstEntry().getValue();
    }

    /** The age, in months, that the schedule asks for in a calendar year (from its first day). */
    int ageMonthsIn(int year) {
        return ageMonthsOn(LocalDate.of(year, 1, 1));
    }

    /**
     * The pensionable age, in months, of a woman born on {@code birth}: walking the steps in order, the first in
     * which she is old enough for its age before the next step starts; the first step has no start for this.
     */
    int ageMonthsFor(LocalDate birth) {
        LocalDate[] starts = monthsFrom.keySet().toArray(new LocalDate[0]);
        for (int k = 0; k < starts.length; k++) {
            int months = monthsFrom.get(starts[k]);
            LocalDate oldEnough = birth.plusMonths(months);
            LocalDate firstDay = k == 0 || oldEnough.isAfter(starts[k]) ? oldEnough : starts[k];
            if (k + 1 == starts.length || firstDay.isBefore(starts[k + 1])) {
                return months;
            }
        }
        throw new IllegalStateException("unreachable: the last step always applies");
    }
}
