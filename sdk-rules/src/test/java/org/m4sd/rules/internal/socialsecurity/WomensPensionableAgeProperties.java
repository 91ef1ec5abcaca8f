package org.m4sd.rules.internal.socialsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.internal.packs.PackStore;

/**
 * The reading of the women's schedules ("the age in force on the day she reaches it": Serbia's steps each
 * 1 January, Moldova's each 1 July), checked against a brute-force search: the pensionable day is the first
 * monthly birthday on which her age in months is at least the age of the step in force that day (the age only
 * rises on birthdays; a schedule only rises on its steps' days, which never makes an earlier day qualify). Days
 * before the first step take its age.
 */
class WomensPensionableAgeProperties {
    private static final WomensAgeSchedule SERBIA = schedule("SRB", LocalDate.of(2025, 1, 1));
    private static final WomensAgeSchedule MOLDOVA = schedule("MDA", LocalDate.of(2025, 1, 1));

    private static WomensAgeSchedule schedule(String jurisdiction, LocalDate day) {
        return WomensAgeSchedule.parse(
                PackStore.load().resolve("ss.pension.age.women-schedule", jurisdiction, day).value().value());
    }

    private static int bruteForce(WomensAgeSchedule schedule, LocalDate birth) {
        for (int months = 0; months < 1200; months++) {
            Map.Entry<LocalDate, Integer> step = schedule.byDay().floorEntry(birth.plusMonths(months));
            int age = step == null ? schedule.byDay().firstEntry().getValue() : step.getValue();
            if (months >= age) {
                return months;
            }
        }
        throw new AssertionError("no pensionable age for " + birth);
    }

    @Property(tries = 10000)
    void theScheduleReadingMatchesTheFirstQualifyingBirthday(@ForAll @IntRange(min = 0, max = 365 * 30) int day) {
        LocalDate birth = LocalDate.of(1954, 1, 1).plusDays(day);
        assertThat(SERBIA.ageMonthsFor(birth)).isEqualTo(bruteForce(SERBIA, birth));
        assertThat(MOLDOVA.ageMonthsFor(birth)).isEqualTo(bruteForce(MOLDOVA, birth));
    }

    @Test
    void theFiguresOfTheSerbianSchedule() {
        assertThat(SERBIA.stepsOnADay()).isFalse();
        assertThat(SERBIA.byDay().get(LocalDate.of(2015, 1, 1))).isEqualTo(60 * 12 + 6);
        assertThat(SERBIA.byDay().get(LocalDate.of(2020, 1, 1))).isEqualTo(63 * 12);
        assertThat(SERBIA.byDay().get(LocalDate.of(2025, 1, 1))).isEqualTo(63 * 12 + 10);
        assertThat(SERBIA.byDay().get(LocalDate.of(2032, 1, 1))).isEqualTo(65 * 12);
        // Born 15 Jun 1961: 63y10m in April 2025. Born 10 Jan 1961: 63y8m in September 2024.
        assertThat(SERBIA.ageMonthsFor(LocalDate.of(1961, 6, 15))).isEqualTo(63 * 12 + 10);
        assertThat(SERBIA.ageMonthsFor(LocalDate.of(1961, 1, 10))).isEqualTo(63 * 12 + 8);
        // Born 1975: after the schedule, 65.
        assertThat(SERBIA.ageMonthsFor(LocalDate.of(1975, 3, 1))).isEqualTo(65 * 12);
    }

    @Test
    void theFirstOfJulyStepsOfMoldova() {
        assertThat(MOLDOVA.stepsOnADay()).isTrue();
        // Turns 60 on 10 Aug 2023, after the 1 Jul 2023 step to 60y6m: waits until 60y6m.
        assertThat(MOLDOVA.ageMonthsFor(LocalDate.of(1963, 8, 10))).isEqualTo(60 * 12 + 6);
        // Turned 60 on 10 Mar 2023, while 60 was in force: 60.
        assertThat(MOLDOVA.ageMonthsFor(LocalDate.of(1963, 3, 10))).isEqualTo(60 * 12);
        // Born 1970: after the last step, 63.
        assertThat(MOLDOVA.ageMonthsFor(LocalDate.of(1970, 3, 1))).isEqualTo(63 * 12);
    }
}
