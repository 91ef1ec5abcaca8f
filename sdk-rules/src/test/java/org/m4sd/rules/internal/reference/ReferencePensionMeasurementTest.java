package org.m4sd.rules.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.request.ContributionPeriod;

/** Examples of the reference implementation's own measurements for the social-security determinations. */
class ReferencePensionMeasurementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ContributionPeriod period(String from, String to) {
        return ContributionPeriod.of("MAR", LocalDate.parse(from), LocalDate.parse(to));
    }

    private static ReferencePensionRecord record(String asOf, ContributionPeriod... periods) {
        return ReferencePensionRecord.of(List.of(periods), LocalDate.parse(asOf));
    }

    @Test
    void adjacentPeriodsTogetherCompleteAMonth() {
        ReferencePensionRecord r = record("2021-01-01", period("2020-01-01", "2020-01-15"),
                period("2020-01-16", "2020-03-31"));
        assertThat(r.wholeMonths()).isEqualTo(3);
        assertThat(r.days()).isEqualTo(31 + 29 + 31);
    }

    @Test
    void overlappingDaysCountOnceWhateverTheOrder() {
        ReferencePensionRecord r = record("2021-01-01", period("2020-02-01", "2020-04-30"),
                period("2020-01-01", "2020-03-31"));
        assertThat(r.wholeMonths()).isEqualTo(4);
        assertThat(r.days()).isEqualTo(31 + 29 + 31 + 30);
    }

    @Test
    void aMonthWithAnUncoveredDayIsNotAWholeMonth() {
        ReferencePensionRecord gap = record("2021-01-01", period("2020-01-01", "2020-01-15"),
                period("2020-01-17", "2020-02-29"));
        assertThat(gap.wholeMonths()).isEqualTo(1);
        assertThat(gap.days()).isEqualTo(15 + 44);
        ReferencePensionRecord partial = record("2021-01-01", period("2020-01-15", "2020-03-14"));
        assertThat(partial.wholeMonths()).isEqualTo(1);
        assertThat(partial.days()).isEqualTo(17 + 29 + 14);
    }

    @Test
    void theRecordStopsAtTheDecisionDate() {
        ReferencePensionRecord r = record("2020-06-15", period("2020-01-01", "2020-12-31"),
                period("2020-06-16", "2020-07-31"));
        assertThat(r.wholeMonths()).isEqualTo(5);
        assertThat(r.days()).isEqualTo(31 + 29 + 31 + 30 + 31 + 15);
        ReferencePensionRecord endOfMonth = record("2020-06-30", period("2020-06-01", "2020-12-31"));
        assertThat(endOfMonth.wholeMonths()).isEqualTo(1);
        assertThat(record("2020-06-30").days()).isZero();
    }

    @Test
    void womensPensionableAgeIsTheAgeForTheYearInWhichItIsReached() throws Exception {
        // Serbia, OG RS 75/2014: 60 years 6 months in 2015, +6 months a year to 63 in 2020, then +2 months a year.
        StringBuilder rows = new StringBuilder("[");
        int[] months = {726, 732, 738, 744, 750, 756, 758, 760, 762, 764, 766, 768, 770, 772, 774, 776, 778, 780};
        for (int i = 0; i < months.length; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"year\":").append(2015 + i).append(",\"years\":")
                    .append(months[i] / 12).append(",\"months\":").append(months[i] % 12).append('}');
        }
        JsonNode table = JSON.readTree(rows.append(']').toString());
        ReferenceWomensPensionAge schedule = ReferenceWomensPensionAge.read(table);
        // 60 years 6 months reached in 2010, before the schedule: its first age.
        assertThat(schedule.ageMonthsFor(LocalDate.of(1950, 6, 15))).isEqualTo(726);
        // 60 years 6 months on 1 Jan 2016, too late for 2015's age; 2016's 61 years is reached within 2016.
        assertThat(schedule.ageMonthsFor(LocalDate.of(1955, 7, 1))).isEqualTo(732);
        // 63 years 6 months only on 30 Jun 2024; 2024's 63 years 8 months on 31 Aug 2024.
        assertThat(schedule.ageMonthsFor(LocalDate.of(1960, 12, 31))).isEqualTo(764);
        // Before the first row, its age; after the last row, its age.
        assertThat(schedule.ageMonthsIn(2010)).isEqualTo(726);
        assertThat(schedule.ageMonthsIn(2040)).isEqualTo(780);
        assertThat(schedule.ageMonthsFor(LocalDate.of(1975, 3, 15))).isEqualTo(780);
    }

    @Test
    void anOldAgeAgreementAppliesFromItsEntryIntoForceToItsLastDay() throws Exception {
        JsonNode table = JSON.readTree("["
                + "{\"id\":\"A\",\"partners\":[\"FRA\"],\"name\":\"Old\",\"inForce\":\"1967-01-01\","
                + "\"validTo\":\"2011-05-31\",\"dateStatus\":\"S\",\"branches\":[\"OLD_AGE\"]},"
                + "{\"id\":\"B\",\"partners\":[\"FRA\"],\"name\":\"New\",\"inForce\":\"2011-06-01\",\"validTo\":null,"
                + "\"branches\":[\"OLD_AGE\"]},"
                + "{\"id\":\"C\",\"partners\":[\"BEL\"],\"name\":\"Signed only\",\"inForce\":null,"
                + "\"branches\":[\"OLD_AGE\"]},"
                + "{\"id\":\"D\",\"partners\":[\"ESP\"],\"name\":\"Health\",\"inForce\":\"1990-01-01\","
                + "\"branches\":[\"SICKNESS\"]}]");
        List<ReferencePensionAgreement> all = ReferencePensionAgreement.readTable(table);
        assertThat(ReferencePensionAgreement.oldAgeAgreementsOn(all, LocalDate.of(2011, 5, 31)))
                .extracting(ReferencePensionAgreement::id).containsExactly("A");
        assertThat(ReferencePensionAgreement.oldAgeAgreementsOn(all, LocalDate.of(2011, 6, 1)))
                .extracting(ReferencePensionAgreement::id).containsExactly("B");
        assertThat(ReferencePensionAgreement.oldAgeAgreementsOn(all, LocalDate.of(1966, 12, 31))).isEmpty();
        assertThat(all.get(0).citation()).isEqualTo("Old (A, in force 1967-01-01 [S])");
        assertThat(all.get(1).citation()).as("an untagged date is believed").isEqualTo(
                "New (B, in force 2011-06-01 [B])");
    }

    @Test
    void ageInCompletedMonthsCountsAMonthOnTheDayOfBirthOrTheMonthsLastDay() {
        assertThat(ReferenceOldAgePension.completedMonths(LocalDate.of(1960, 3, 15), LocalDate.of(2025, 3, 14)))
                .isEqualTo(64 * 12 + 11);
        assertThat(ReferenceOldAgePension.completedMonths(LocalDate.of(1960, 3, 15), LocalDate.of(2025, 3, 15)))
                .isEqualTo(65 * 12);
        // Born on 29 February: the age and the day reached agree (DOMAIN.md 4.25): 65 years are completed on
        // 28 February of a common year, the date 65 years on (LocalDate.plusMonths) [B], not a day before.
        assertThat(ReferenceOldAgePension.completedMonths(LocalDate.of(1960, 2, 29), LocalDate.of(2025, 2, 28)))
                .isEqualTo(65 * 12);
        assertThat(ReferenceOldAgePension.completedMonths(LocalDate.of(1960, 2, 29), LocalDate.of(2025, 2, 27)))
                .isEqualTo(64 * 12 + 11);
        // Born on the 31st: a month is completed on the last day of a shorter month.
        assertThat(ReferenceOldAgePension.completedMonths(LocalDate.of(1960, 1, 31), LocalDate.of(1960, 4, 30)))
                .isEqualTo(3);
        assertThat(LocalDate.of(1960, 2, 29).plusMonths(65 * 12)).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void ageInCompletedYearsCountsAYearOnTheBirthday() {
        assertThat(ReferencePublicSchool.completedYears(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 2, 28)))
                .isEqualTo(17);
        assertThat(ReferencePublicSchool.completedYears(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 3, 1)))
                .isEqualTo(18);
        assertThat(ReferencePublicSchool.completedYears(LocalDate.of(2010, 9, 1), LocalDate.of(2016, 8, 31)))
                .isEqualTo(5);
        assertThat(ReferencePublicSchool.completedYears(LocalDate.of(2010, 9, 1), LocalDate.of(2016, 9, 1)))
                .isEqualTo(6);
    }
}
