package org.m4sd.examples.support;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Period;
import java.util.HexFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.ContributionUnit;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Recruitment;
import org.m4sd.sdk.request.Sex;

class SyntheticPopulationTest {
    private static final List<EligibilityRequest> PEOPLE = new SyntheticPopulation(20251).requests(10_000).toList();
    /** How many of the first 10,000 people of seed 20251 live in the six financed countries. */
    private static final long FINANCED_PEOPLE = 6_990;
    /** SHA-256 of their request JSON lines, in order: the requests they had before BGD, JAM, KGZ, MDA and PHL. */
    private static final String FINANCED_SHA256 = "c0edb24c388bc421db14ced2247206609ae4b65d7495e8f18d99ad90e4b4a027";

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
    void coversTheElevenProgrammeCountriesInPlausibleShares() {
        Map<String, Long> byCountry = PEOPLE.stream()
                .collect(Collectors.groupingBy(EligibilityRequest::jurisdiction, Collectors.counting()));
        assertThat(SyntheticPopulation.COUNTRIES).hasSize(11);
        assertThat(byCountry.keySet()).containsExactlyInAnyOrderElementsOf(SyntheticPopulation.COUNTRIES);
        assertThat(byCountry.values()).allSatisfy(n -> assertThat(n).isBetween(400L, 3_000L));
        long added = PEOPLE.stream().filter(r -> SyntheticPopulation.COUNTRIES.indexOf(r.jurisdiction()) >= 6).count();
        assertThat((double) added / PEOPLE.size()).isCloseTo(SyntheticPopulation.ADDED_SHARE, within(0.02));
        assertThat(PEOPLE.stream().map(r -> r.requestId()).distinct().count()).isEqualTo(10_000);
    }

    /**
     * The people of the six financed countries are those the population gave before the five other countries were
     * added, byte for byte, ids included (the hash was taken then): the decision-impact report keeps comparing the
     * same cases for them.
     */
    @Test
    void thePeopleOfTheSixFinancedCountriesAreThoseGivenBeforeTheOthersWereAdded() throws Exception {
        M4sdJson json = M4sdJson.create();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long financed = 0;
        for (EligibilityRequest r : PEOPLE) {
            if (SyntheticPopulation.COUNTRIES.indexOf(r.jurisdiction()) < 6) {
                sha.update((json.writeRequest(r) + "\n").getBytes(StandardCharsets.UTF_8));
                financed++;
            }
        }
        assertThat(financed).isEqualTo(FINANCED_PEOPLE);
        assertThat(HexFormat.of().formatHex(sha.digest())).isEqualTo(FINANCED_SHA256);
    }

    @Test
    void jamaicaKyrgyzstanAndMoldovaHaveTheirCorridorsWeeksWomenMenChildrenAndHealthProfessionals() {
        Map<String, Set<String>> corridors = Map.of("JAM", Set.of("GBR", "CAN", "USA", "TTO", "BRB"),
                "KGZ", Set.of("RUS", "KAZ"), "MDA", Set.of("ROU", "ITA", "RUS", "CZE", "DEU"));
        corridors.forEach((country, abroad) -> {
            List<EligibilityRequest> people = PEOPLE.stream().filter(r -> r.jurisdiction().equals(country)).toList();
            List<EligibilityRequest> nationals = people.stream()
                    .filter(r -> r.person().migratoryStatus() == MigratoryStatus.NATIONAL).toList();
            Set<String> worked = nationals.stream().flatMap(r -> r.person().contributionPeriods().stream())
                    .map(ContributionPeriod::country).filter(c -> !c.equals(country)).collect(Collectors.toSet());
            assertThat(worked).as(country + " nationals' periods abroad").isEqualTo(abroad);
            assertThat(people.stream().map(r -> r.person().sex().orElse(null)).collect(Collectors.toSet()))
                    .as(country).contains(Sex.F, Sex.M);
            assertThat(people.stream().filter(r -> r.person().birthDate().isPresent() && Period.between(
                    r.person().birthDate().get(), r.asOf()).getYears() < 18).count()).as(country).isGreaterThan(50);
            assertThat(people.stream().filter(r -> r.person().migratoryStatus() != MigratoryStatus.NATIONAL))
                    .as(country).isNotEmpty();
        });
        List<ContributionPeriod> jamaican = PEOPLE.stream().flatMap(r -> r.person().contributionPeriods().stream())
                .filter(p -> p.country().equals("JAM")).toList();
        List<ContributionPeriod> weeks = jamaican.stream()
                .filter(p -> p.unit().equals(java.util.Optional.of(ContributionUnit.WEEKS))).toList();
        assertThat(weeks.size()).isBetween(jamaican.size() / 3, jamaican.size() - 50);
        assertThat(weeks).allSatisfy(p -> assertThat(p.units().getAsLong()).isBetween(0L, p.days() / 7));
        assertThat(weeks).anySatisfy(p -> assertThat(p.units().getAsLong()).isLessThan(p.days() / 7));
        assertThat(PEOPLE.stream().flatMap(r -> r.person().contributionPeriods().stream())
                .filter(p -> p.unit().isPresent())).allSatisfy(p -> assertThat(p.country()).isEqualTo("JAM"));
        Map<String, Long> health = PEOPLE.stream().filter(r -> r.healthProfessional().isPresent())
                .collect(Collectors.groupingBy(EligibilityRequest::jurisdiction, Collectors.counting()));
        assertThat(health.get("MDA")).isGreaterThan(health.getOrDefault("KGZ", 0L)).isGreaterThan(10L);
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
        assertThat(byOrigin.get("NPL")).isGreaterThan(80L);
        assertThat(byOrigin.get("BGD")).isGreaterThan(40L);
        assertThat(byOrigin.get("PHL")).isGreaterThan(40L);
        assertThat(PEOPLE.stream().flatMap(r -> r.recruitment().stream()).filter(r -> r.origin().equals("PHL"))
                .map(Recruitment::destination).collect(Collectors.toSet())).contains("SRB", "SAU", "HKG");
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

    /** The reader runs the SDK's consistency checks: nothing before birth or after asOf, no career longer than life. */
    @Test
    void everyRequestSurvivesTheStrictJsonReader() {
        M4sdJson json = M4sdJson.create();
        assertThat(PEOPLE).allSatisfy(r -> {
            String written = json.writeRequest(r);
            assertThat(json.writeRequest(json.readRequest(written))).isEqualTo(written);
        });
    }
}
