package org.m4sd.rules.internal.socialsecurity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A schedule of women's pensionable ages ({@code ss.pension.age.women-schedule}): dated steps, each an age in
 * months in force from a day. A row gives its day as {@code from} (an ISO date: Moldova's steps each 1 July) or
 * as a calendar {@code year} (Serbia: the step is in force from 1 January of that year).
 *
 * @param byDay       the age in months in force from each step's day
 * @param stepsOnADay some step is in force from a day other than 1 January, given as a date
 */
record WomensAgeSchedule(NavigableMap<LocalDate, Integer> byDay, boolean stepsOnADay) {

    /** The schedule as the pack's table gives it: rows of {@code year} or {@code from}, years and months. */
    static WomensAgeSchedule parse(JsonNode table) {
        TreeMap<LocalDate, Integer> byDay = new TreeMap<>();
        boolean dated = false;
        for (JsonNode n : table) {
            LocalDate from;
            if (n.hasNonNull("from")) {
                from = LocalDate.parse(n.get("from").asText());
                dated = true;
            } else {
                from = LocalDate.of(n.path("year").asInt(), 1, 1);
            }
            byDay.put(from, n.path("years").asInt() * 12 + n.path("months").asInt());
        }
        return new WomensAgeSchedule(Collections.unmodifiableNavigableMap(byDay), dated);
    }

    /**
     * A woman's pensionable age under the schedule, in months: the age in force on the day she reaches it, i.e.
     * the age of the step during which her age first reaches that step's age. Reached before the second step:
     * the first step's age; after the last step's day: its age. This reads the parameter for her birth date; it
     * does not compare her age with it.
     */
    int ageMonthsFor(LocalDate birth) {
        List<Map.Entry<LocalDate, Integer>> steps = new ArrayList<>(byDay.entrySet());
        for (int i = 0; i < steps.size(); i++) {
            int age = steps.get(i).getValue();
            LocalDate reached = birth.plusMonths(age);
            boolean afterStart = i == 0 || !reached.isBefore(steps.get(i).getKey());
            boolean beforeNext = i + 1 == steps.size() || reached.isBefore(steps.get(i + 1).getKey());
            if (afterStart && beforeNext) {
                return age;
            }
        }
        return steps.get(steps.size() - 1).getValue();
    }
}
