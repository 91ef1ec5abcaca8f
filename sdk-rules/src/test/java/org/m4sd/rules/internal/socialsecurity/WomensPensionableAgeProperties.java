package org.m4sd.rules.internal.socialsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.NavigableMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.internal.packs.PackStore;

/**
 * The reading of Serbia's schedule for women ("the age for the year in which she reaches it"), checked against a
 * brute-force search: the pensionable day is the first monthly birthday on which her age in months is at least
 * the schedule's age for that day's calendar year (the age only rises on birthdays; the schedule only rises on
 * 1 January, which never makes an earlier day qualify).
 */
class WomensPensionableAgeProperties {
    private static final WomensAgeSchedule WOMEN = WomensAgeSchedule.parse(
            PackStore.load().resolve("ss.pension.age.women-schedule", "SRB", LocalDate.of(2025, 1, 1)).value().value());
    private static final NavigableMap<Integer, Integer> SCHEDULE = WOMEN.byYear();

    private static int bruteForce(LocalDate birth) {
        for (int months = 0; months < 1200; months++) {
            int year = birth.plusMonths(months).getYear();
            Integer age = SCHEDULE.floorEntry(Math.max(year, SCHEDULE.firstKey())).getValue();
            if (months >= age) {
                return months;
            }
        }
        throw new AssertionError("no pensionable age for " + birth);
    }

    @Property(tries = 10000)
    void theScheduleReadingMatchesTheFirstQualifyingBirthday(@ForAll @IntRange(min = 0, max = 365 * 30) int day) {
        LocalDate birth = LocalDate.of(1954, 1, 1).plusDays(day);
        int months = WOMEN.ageMonthsFor(birth);
        if (birth.plusMonths(SCHEDULE.firstEntry().getValue()).getYear() >= SCHEDULE.firstKey()) {
            assertThat(months).isEqualTo(bruteForce(birth));
        } else {
            // Reached before the schedule began: its first age, reached before 2015.
            assertThat(months).isEqualTo(SCHEDULE.firstEntry().getValue());
        }
    }

    @Test
    void theFiguresOfTheSchedule() {
        assertThat(SCHEDULE.get(2015)).isEqualTo(60 * 12 + 6);
        assertThat(SCHEDULE.get(2020)).isEqualTo(63 * 12);
        assertThat(SCHEDULE.get(2025)).isEqualTo(63 * 12 + 10);
        assertThat(SCHEDULE.get(2032)).isEqualTo(65 * 12);
        // Born 15 Jun 1961: 63y10m in April 2025. Born 10 Jan 1961: 63y8m in September 2024.
        assertThat(WOMEN.ageMonthsFor(LocalDate.of(1961, 6, 15))).isEqualTo(63 * 12 + 10);
        assertThat(WOMEN.ageMonthsFor(LocalDate.of(1961, 1, 10))).isEqualTo(63 * 12 + 8);
        // Born 1975: after the schedule, 65.
        assertThat(WOMEN.ageMonthsFor(LocalDate.of(1975, 3, 1))).isEqualTo(65 * 12);
    }
}
