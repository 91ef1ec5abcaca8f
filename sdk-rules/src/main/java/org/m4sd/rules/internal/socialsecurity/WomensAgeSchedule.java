package org.m4sd.rules.internal.socialsecurity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A schedule of women's pensionable ages by calendar year ({@code ss.pension.age.women-schedule}, Serbia): the
 * age, in months, for each year from which it applies.
 */
record WomensAgeSchedule(NavigableMap<Integer, Integer> byYear) {

    /** The schedule as the pack's table gives it: rows of year, years and months. */
    static WomensAgeSchedule parse(JsonNode table) {
        TreeMap<Integer, Integer> byYear = new TreeMap<>();
        for (JsonNode n : table) {
            byYear.put(n.path("year").asInt(), n.path("years").asInt() * 12 + n.path("months").asInt());
        }
        return new WomensAgeSchedule(Collections.unmodifiableNavigableMap(byYear));
    }

    /**
     * A woman's pensionable age under the schedule, in months: the age the schedule gives for the year in which
     * she reaches it, i.e. the age at the earliest day on which her age is at least the age for that day's year.
     * Reached before the schedule's first year: its first age; after its last year: its last age. This reads the
     * parameter for her birth date; it does not compare her age with it.
     */
    int ageMonthsFor(LocalDate birth) {
        int first = byYear.firstKey();
        int last = byYear.lastKey();
        if (birth.plusMonths(byYear.get(first)).getYear() < first) {
            return byYear.get(first);
        }
        for (int year = first; year <= last; year++) {
            int age = byYear.floorEntry(year).getValue();
            if (birth.plusMonths(age).getYear() == year) {
                return age;
            }
        }
        return byYear.get(last);
    }
}
