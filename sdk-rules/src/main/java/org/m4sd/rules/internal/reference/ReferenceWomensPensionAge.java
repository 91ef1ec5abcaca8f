package org.m4sd.rules.internal.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pensionable age for women that rises by calendar year ({@code ss.pension.age.women-schedule}, Serbia). The
 * pack's reading: a woman reaches pensionable age on the earliest day on which her age is at least the age the
 * schedule gives for that day's calendar year. Years before the schedule take its first age, years after it its
 * last.
 */
final class ReferenceWomensPensionAge {
    private final TreeMap<Integer, Integer> monthsByYear;
    private final int lowestMonths;

    private ReferenceWomensPensionAge(TreeMap<Integer, Integer> monthsByYear) {
        this.monthsByYear = monthsByYear;
        this.lowestMonths = monthsByYear.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /** The schedule of one value of the parameter: rows of {@code year}, {@code years} and {@code months}. */
    static ReferenceWomensPensionAge read(JsonNode value) {
        TreeMap<Integer, Integer> byYear = new TreeMap<>();
        for (JsonNode row : value) {
            byYear.put(row.path("year").asInt(), row.path("years").asInt() * 12 + row.path("months").asInt());
        }
        if (byYear.isEmpty()) {
            throw new IllegalStateException("ss.pension.age.women-schedule has no rows");
        }
        return new ReferenceWomensPensionAge(byYear);
    }

    /** The age, in months, that the schedule asks for in a calendar year. */
    int ageMonthsIn(int year) {
        Map.Entry<Integer, Integer> row = monthsByYear.floorEntry(year);
        return row != null ? row.getValue() : monthsByYear.firstEntry().getValue();
    }

    /**
     * The pensionable age, in months, of a woman born on {@code birth}: the schedule's age for the first calendar
     * year in which she is old enough for that year's age. Before the year in which she turns the schedule's
     * lowest age she cannot be.
     */
    int ageMonthsFor(LocalDate birth) {
        for (int year = birth.getYear() + lowestMonths / 12;; year++) {
            int months = ageMonthsIn(year);
            if (birth.plusMonths(months).getYear() <= year) {
                return months;
            }
        }
    }
}
