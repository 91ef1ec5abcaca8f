package org.m4sd.rules.internal.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.rules.internal.engine.RuleBases;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.Determination.Sector;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;

/**
 * The engine's knowledge base holds the rules of the sectors asked for so far: a first request loads its sectors'
 * rules only, a request of another sector widens the base, and what is decided does not depend on the order in
 * which sectors were first asked for (the warm engine of {@link EngineFixture}, which has every sector, decides
 * the same).
 */
class RuleBaseGrowthTest {

    /** One person, asked about every determination of one sector (or of all, with null). */
    private static EligibilityRequest request(Sector sector, String jurisdiction) {
        Person person = Person.builder("p-growth").birthDate(LocalDate.of(1958, 4, 2)).presentInTerritory(true)
                .nationality("ECU")
                .addContributionPeriod(ContributionPeriod.of("ECU", LocalDate.of(1990, 1, 1), LocalDate.of(2015, 12, 31)))
                .build();
        List<Determination> asked = Arrays.stream(Determination.values())
                .filter(d -> sector == null || d.sector() == sector).toList();
        return EngineFixture.request(jurisdiction, LocalDate.of(2024, 6, 30), person)
                .requestId("r-" + (sector == null ? "all" : sector.name())).determinations(asked).build();
    }

    @Test
    void aFirstRequestLoadsTheRulesOfItsSectorOnlyAndAnotherSectorWidensTheBase() {
        try (var engine = DroolsEligibilityEngine.create(EngineOptions.defaults())) {
            assertThat(engine.sectors()).isZero();

            DecisionSet health = engine.evaluate(request(Sector.HEALTH, "ECU"));
            assertThat(engine.sectors()).isEqualTo(RuleBases.bit(Sector.HEALTH));
            assertThat(health.decisions()).hasSize(3).allSatisfy(d -> assertThat(d.criteria()).isNotEmpty());
            assertThat(health).isEqualTo(EngineFixture.DROOLS.evaluate(request(Sector.HEALTH, "ECU")));

            engine.evaluate(request(Sector.EMPLOYMENT, "ECU"));
            assertThat(engine.sectors()).isEqualTo(RuleBases.bit(Sector.HEALTH) | RuleBases.bit(Sector.EMPLOYMENT));

            DecisionSet all = engine.evaluate(request(null, "MAR"));
            assertThat(engine.sectors()).isEqualTo(RuleBases.ALL_SECTORS);
            assertThat(all).isEqualTo(EngineFixture.DROOLS.evaluate(request(null, "MAR")));
            // decided again on the widest base: the same as on the first
            assertThat(engine.evaluate(request(Sector.HEALTH, "ECU"))).isEqualTo(health);
        }
    }

    @Provide
    Arbitrary<List<Sector>> sectorOrders() {
        return Arbitraries.shuffle(Sector.values());
    }

    @Property(tries = 6)
    void whatIsDecidedDoesNotDependOnTheOrderInWhichSectorsAreFirstAskedFor(
            @ForAll("sectorOrders") List<Sector> order) {
        try (var engine = DroolsEligibilityEngine.create(EngineOptions.defaults())) {
            int expected = 0;
            for (Sector sector : order) {
                for (String jurisdiction : List.of("ECU", "MDA", "PHL")) {
                    EligibilityRequest request = request(sector, jurisdiction);
                    assertThat(engine.evaluate(request)).isEqualTo(EngineFixture.DROOLS.evaluate(request));
                }
                expected |= RuleBases.bit(sector);
                assertThat(engine.sectors()).isEqualTo(expected);
            }
        }
    }

    @Test
    void threadsAskingForDifferentSectorsAtOnceEachGetTheirDecisions() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (var engine = DroolsEligibilityEngine.create(EngineOptions.defaults())) {
            List<Callable<DecisionSet>> tasks = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Sector sector : Sector.values()) {
                    tasks.add(() -> engine.evaluate(request(sector, "ECU")));
                }
            }
            List<Future<DecisionSet>> results = pool.invokeAll(tasks);
            for (int i = 0; i < tasks.size(); i++) {
                Sector sector = Sector.values()[i % Sector.values().length];
                assertThat(results.get(i).get()).isEqualTo(EngineFixture.DROOLS.evaluate(request(sector, "ECU")));
            }
            assertThat(engine.sectors()).isEqualTo(RuleBases.ALL_SECTORS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClosedEngineStillDecidesASectorItHadNotLoaded() {
        var engine = DroolsEligibilityEngine.create(EngineOptions.defaults());
        engine.evaluate(request(Sector.HEALTH, "ECU"));
        engine.close();
        assertThat(engine.evaluate(request(Sector.EDUCATION, "ECU")))
                .isEqualTo(EngineFixture.DROOLS.evaluate(request(Sector.EDUCATION, "ECU")));
    }
}
