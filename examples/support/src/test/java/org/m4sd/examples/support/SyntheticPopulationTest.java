package org.m4sd.examples.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Recruitment;

class SyntheticPopulationTest {
    private static final List<EligibilityRequest> PEOPLE = new SyntheticPopulation(20251).requests(10_000).toList();

    @Test
    void theSameSeedGivesTheSameRequestsAndAnotherSeedOthers() {
        M4sdJson json = M4sdJson.create();
        List<String> again = new SyntheticPopulation(20251).requests(500).map(json::writeRequest).toList();
        assertThat(PEOPLE.subList(0, 500).stream().map(json::writeRequest).toList()).isEqualTo(again);
        assertThat(new SyntheticPopulation(7).requests(500).map(json::writeRequest).toList()).isNotEqualTo(again);
    }

    @Test
    void aSliceHoldsThePeopleAtItsPositions() {
        M4sdJson json = M4sdJson.create();
        List<String> slice = new SyntheticPopulation(20251).requests(4_001, 250).map(json::writeRequest).toList();
        assertThat(slice).isEqualTo(PEOPLE.subList(4_000, 4_250).stream().map(json::writeRequest).toList());
        assertThat(new SyntheticPopulation(20251).requests(1, 0)).isEmpty();
    }

    @Test
    void coversTheSixFinancedCountriesInPlausibleShares() {
        Map<String, Long> byCountry = PEOPLE.stream()
                .collect(Collectors.groupingBy(EligibilityRequest::jurisdiction, Collectors.counting()));
        assertThat(byCountry.keySet()).containsExactlyInAnyOrderElementsOf(SyntheticPopulation.COUNTRIES);
        assertThat(byCountry.values()).allSatisfy(n -> assertThat(n).isBetween(800L, 3_000L));
        assertThat(PEOPLE.stream().map(r -> r.requestId()).distinct().count()).isEqualTo(10_000);
    }

    @Test
    void hasEveryMigratoryStatusWithNationalsTheLargestGroup() {
        Map<MigratoryStatus, Long> byStatus = PEOPLE.stream()
                .collect(Collectors.groupingBy(r -> r.person().migratoryStatus(), Collectors.counting()));
        assertThat(byStatus.keySet()).isEqualTo(EnumSet.allOf(MigratoryStatus.class));
        assertThat(byStatus.get(MigratoryStatus.NATIONAL)).isBetween(8_000L, 9_500L);
        assertThat(byStatus.get(MigratoryStatus.IRREGULAR)).isGreaterThan(byStatus.get(MigratoryStatus.STATELESS));
    }

    @Test
    void agesSpanChildrenToTheVeryOld() {
        List<Integer> ages = PEOPLE.stream().filter(r -> r.person().birthDate().isPresent())
                .map(r -> Period.between(r.person().birthDate().get(), r.asOf()).getYears()).toList();
        assertThat(ages).hasSizeGreaterThan(9_700);
        assertThat(ages.stream().filter(a -> a < 18).count()).isBetween(2_000L, 3_500L);
        assertThat(ages.stream().filter(a -> a >= 65).count()).isBetween(500L, 2_000L);
        assertThat(ages.stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThanOrEqualTo(85);
    }

    @Test
    void someContributionHistoriesSpanTwoCountries() {
        long withHistory = PEOPLE.stream().filter(r -> !r.person().contributionPeriods().isEmpty()).count();
        long twoCountries = PEOPLE.stream().filter(r -> r.person().contributionPeriods().stream()
                .map(ContributionPeriod::country).distinct().count() == 2).count();
        assertThat(withHistory).isBetween(2_500L, 6_000L);
        assertThat(twoCountries).isBetween(200L, withHistory / 2);
        assertThat(PEOPLE).allSatisfy(r -> assertThat(r.person().contributionPeriods())
                .allSatisfy(p -> assertThat(p.to()).isBefore(r.asOf())));
    }

    @Test
    void recruitmentCostsComeFromNepalBangladeshAndThePhilippines() {
        Map<String, Long> byOrigin = PEOPLE.stream().flatMap(r -> r.recruitment().stream())
                .collect(Collectors.groupingBy(Recruitment::origin, Collectors.counting()));
        assertThat(byOrigin.keySet()).containsExactlyInAnyOrder("NPL", "BGD", "PHL");
        assertThat(byOrigin.get("NPL")).isGreaterThan(150L);
        assertThat(PEOPLE.stream().flatMap(r -> r.recruitment().stream()))
                .allSatisfy(r -> {
                    assertThat(r.firstMonthEarnings()).isPresent();
                    assertThat(r.costsPaidByWorker()).isNotEmpty();
                    r.costsPaidByWorker().forEach(c -> assertThat(
                            c.currency().equals(r.firstMonthEarnings().get().currency())
                                    || r.exchangeRates().containsKey(c.currency())).isTrue());
                });
    }

    @Test
    void includesQualificationsAndDiasporaHealthProfessionals() {
        long qualifications = PEOPLE.stream().filter(r -> r.qualification().isPresent()).count();
        List<EligibilityRequest> health = PEOPLE.stream().filter(r -> r.healthProfessional().isPresent()).toList();
        assertThat(qualifications).isBetween(100L, 1_000L);
        assertThat(health).hasSizeBetween(40, 400).allSatisfy(r -> {
            assertThat(r.healthProfessional().get().originCountry()).isEqualTo(r.jurisdiction());
            assertThat(r.person().presentInTerritory()).isNotEqualTo(java.util.Optional.of(true));
        });
        Set<String> levels = PEOPLE.stream().flatMap(r -> r.qualification().stream()).map(q -> q.level())
                .collect(Collectors.toSet());
        assertThat(levels).hasSizeGreaterThan(2);
    }

    @Test
    void everyRequestSurvivesTheStrictJsonReader() {
        M4sdJson json = M4sdJson.create();
        assertThat(PEOPLE.subList(0, 2_000)).allSatisfy(r -> {
            String written = json.writeRequest(r);
            assertThat(json.writeRequest(json.readRequest(written))).isEqualTo(written);
        });
    }
}
