package org.m4sd.rules.internal.socialsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.m4sd.sdk.request.ContributionPeriod;

/**
 * The pack's conversions of the days covered, counted by epoch day and month number, read as the calendar
 * definitions do: whole calendar months covered, and days covered with at most so many credited in a month.
 */
class CoverageProperties {
    private static final LocalDate AS_OF = LocalDate.of(2030, 6, 15);
    /** No period starts before it. */
    private static final LocalDate FIRST = LocalDate.of(2027, 1, 1);

    @Property(tries = 1000)
    void fullMonthsAreTheWholeCalendarMonthsCovered(@ForAll("periods") List<ContributionPeriod> periods) {
        Coverage coverage = Coverage.of(periods, AS_OF);
        long expected = 0;
        for (LocalDate month = FIRST; month.isBefore(AS_OF); month = month.plusMonths(1)) {
            LocalDate last = month.with(TemporalAdjusters.lastDayOfMonth());
            if (covered(periods, month, last)) {
                expected++;
            }
        }
        assertThat(coverage.fullMonths()).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void daysCappedPerMonthAreEachMonthsDaysCoveredUpToTheCap(@ForAll("periods") List<ContributionPeriod> periods,
            @ForAll @IntRange(min = 1, max = 31) int perMonth) {
        Coverage coverage = Coverage.of(periods, AS_OF);
        long expected = 0;
        for (LocalDate month = FIRST; !month.isAfter(AS_OF); month = month.plusMonths(1)) {
            long days = 0;
            for (LocalDate d = month; d.getMonth() == month.getMonth() && !d.isAfter(AS_OF); d = d.plusDays(1)) {
                if (covered(periods, d, d)) {
                    days++;
                }
            }
            expected += Math.min(days, perMonth);
        }
        assertThat(coverage.daysCappedPerMonth(perMonth)).isEqualTo(expected);
        assertThat(coverage.daysCappedPerMonth(31)).isEqualTo(coverage.days());
    }

    @Example
    void aLeapFebruaryAndAMonthStartedLate() {
        Coverage coverage = Coverage.of(List.of(ContributionPeriod.of("ECU", LocalDate.of(2024, 1, 20),
                LocalDate.of(2024, 3, 31))), AS_OF);
        assertThat(coverage.fullMonths()).isEqualTo(2); // February (29 days) and March
        assertThat(coverage.daysCappedPerMonth(30)).isEqualTo(12 + 29 + 30);
        assertThat(coverage.days()).isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2024, 1, 20),
                LocalDate.of(2024, 4, 1)));
    }

    /** Every day from {@code first} to {@code last} in some period and not after the date of the decision. */
    private static boolean covered(List<ContributionPeriod> periods, LocalDate first, LocalDate last) {
        if (last.isAfter(AS_OF)) {
            return false;
        }
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            LocalDate day = d;
            if (periods.stream().noneMatch(p -> !p.from().isAfter(day) && !p.to().isBefore(day))) {
                return false;
            }
        }
        return true;
    }

    @Provide
    Arbitrary<List<ContributionPeriod>> periods() {
        Arbitrary<LocalDate> starts = Arbitraries.longs().between(FIRST.toEpochDay(),
                LocalDate.of(2031, 1, 1).toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<ContributionPeriod> period = Combinators.combine(starts, Arbitraries.integers().between(0, 400))
                .as((from, length) -> ContributionPeriod.of("ECU", from, from.plusDays(length)));
        return period.list().ofMaxSize(4);
    }
}
