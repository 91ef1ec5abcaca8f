package org.m4sd.rules.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
 * The reference's capped day count (at most so many days credited in a calendar month, DOMAIN.md 4.3: Morocco's
 * 26) against the plainest reading of it: every covered day listed once, then counted month by month.
 */
class ReferencePensionRecordProperties {
    private static final LocalDate ORIGIN = LocalDate.of(1990, 1, 1);

    @Provide
    Arbitrary<List<ContributionPeriod>> periods() {
        Arbitrary<ContributionPeriod> period = Combinators.combine(
                Arbitraries.integers().between(0, 12_000), Arbitraries.integers().between(0, 900))
                .as((start, length) -> ContributionPeriod.of("MAR", ORIGIN.plusDays(start),
                        ORIGIN.plusDays(start + length)));
        return period.list().ofMaxSize(6);
    }

    @Property(tries = 2_000)
    void theCappedCountIsTheDaysOfEachMonthCappedThenSummed(@ForAll("periods") List<ContributionPeriod> periods,
            @ForAll @IntRange(min = 0, max = 12_500) int asOfDay, @ForAll @IntRange(min = 0, max = 31) int limit) {
        LocalDate asOf = ORIGIN.plusDays(asOfDay);
        ReferencePensionRecord record = ReferencePensionRecord.of(periods, asOf);

        assertThat(record.daysUpTo(limit)).isEqualTo(dayByDay(periods, asOf, limit));
        assertThat(record.daysUpTo(31)).isEqualTo(record.days());
    }

    @Example
    void twoPeriodsInOneMonthShareItsCap() {
        List<ContributionPeriod> periods = List.of(
                ContributionPeriod.of("MAR", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 15)),
                ContributionPeriod.of("MAR", LocalDate.of(2020, 1, 18), LocalDate.of(2020, 2, 29)));
        ReferencePensionRecord record = ReferencePensionRecord.of(periods, LocalDate.of(2021, 1, 1));

        // January: 15 + 14 = 29 days covered, 26 credited; February 2020: 29 covered, 26 credited.
        assertThat(record.daysUpTo(26)).isEqualTo(52);
        assertThat(record.days()).isEqualTo(58);
    }

    private static long dayByDay(List<ContributionPeriod> periods, LocalDate asOf, int limit) {
        TreeSet<LocalDate> covered = new TreeSet<>();
        for (ContributionPeriod p : periods) {
            for (LocalDate d = p.from(); !d.isAfter(p.to()) && !d.isAfter(asOf); d = d.plusDays(1)) {
                covered.add(d);
            }
        }
        Map<YearMonth, Integer> byMonth = new HashMap<>();
        for (LocalDate d : covered) {
            byMonth.merge(YearMonth.from(d), 1, Integer::sum);
        }
        List<Integer> credited = new ArrayList<>();
        byMonth.values().forEach(n -> credited.add(Math.min(n, limit)));
        return credited.stream().mapToLong(Integer::longValue).sum();
    }
}
