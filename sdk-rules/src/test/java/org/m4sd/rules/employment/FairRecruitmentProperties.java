package org.m4sd.rules.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.m4sd.rules.EngineFixture;
import org.m4sd.rules.internal.engine.RuleBases;
import org.m4sd.rules.internal.engine.RuleCatalogue;
import org.m4sd.rules.internal.engine.RuleInfo;
import org.m4sd.rules.internal.packs.LegalSources;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Recruitment;

class FairRecruitmentProperties {
    private static final ExecutorService TWO_THREADS = Executors.newFixedThreadPool(2);
    private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(RuleBases.load().rules(), LegalSources.load());

    @AfterContainer
    static void stopThreads() {
        TWO_THREADS.shutdown();
    }

    @Provide
    Arbitrary<EligibilityRequest> requests() {
        return EmploymentArbitraries.recruitmentRequests();
    }

    @Provide
    Arbitrary<EligibilityRequest> requestsWithRecruitment() {
        return EmploymentArbitraries.recruitmentRequests(0);
    }

    @Provide
    Arbitrary<BigDecimal> increments() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 20_000).map(BigDecimal::valueOf),
                Arbitraries.integers().between(1, 99).map(i -> BigDecimal.valueOf(i, 2)));
    }

    @Provide
    Arbitrary<String> currencies() {
        return Arbitraries.of(EmploymentArbitraries.COST_CURRENCIES);
    }

    static Decision decide(EligibilityEngine engine, EligibilityRequest request) {
        return engine.evaluate(request).decision(Determination.EMPLOYMENT_FAIR_RECRUITMENT).orElseThrow();
    }

    static EligibilityRequest withCosts(EligibilityRequest request, List<CostItem> costs) {
        Recruitment r = request.recruitment().orElseThrow();
        Recruitment changed = new Recruitment(r.origin(), r.destination(), r.occupation(), r.householdService(),
                r.governmentToGovernment(), r.employerDeclinedToPay(), r.firstJobStart(), costs,
                r.firstMonthEarnings(), r.monthlyBasicSalary(), r.exchangeRates());
        return request.toBuilder().recruitment(changed).build();
    }

    @Property(tries = 10000, edgeCases = EdgeCasesMode.NONE)
    void droolsDecidesExactlyAsTheReference(@ForAll("requests") EligibilityRequest request) {
        Decision drools = decide(EngineFixture.DROOLS, request);
        assertThat(drools).isEqualTo(decide(EngineFixture.REFERENCE, request));
        Statistics.label("outcome").collect(drools.outcome());
        Statistics.label("rule").collect(drools.criterion("fr.applicable-rule").map(Criterion::rule).orElse("none"));
    }

    @Property(tries = 10000, edgeCases = EdgeCasesMode.NONE)
    void aLargerFeeNeverTurnsNonCompliantIntoCompliant(@ForAll("requestsWithRecruitment") EligibilityRequest request,
            @ForAll @IntRange(min = 0, max = 7) int index, @ForAll("increments") BigDecimal increment,
            @ForAll CostType newItem, @ForAll("currencies") String newCurrency) {
        List<CostItem> costs = new ArrayList<>(request.recruitment().get().costsPaidByWorker());
        if (index < costs.size()) {
            CostItem old = costs.get(index);
            costs.set(index, new CostItem(old.item(), old.amount().add(increment), old.currency(), old.paidOn()));
        } else {
            costs.add(new CostItem(newItem, increment, newCurrency));
        }
        Outcome before = decide(EngineFixture.DROOLS, request).outcome();
        Outcome after = decide(EngineFixture.DROOLS, withCosts(request, costs)).outcome();
        if (before == Outcome.NON_COMPLIANT) {
            assertThat(after).as("after raising one cost").isEqualTo(Outcome.NON_COMPLIANT);
        }
        assertThat(before == Outcome.NON_COMPLIANT && after == Outcome.COMPLIANT).isFalse();
    }

    @Property(tries = 10000, edgeCases = EdgeCasesMode.NONE)
    void costOrderAndTwoThreadsNeverChangeADecision(@ForAll("requests") EligibilityRequest request,
            @ForAll Random random) throws Exception {
        Decision expected = EmploymentArbitraries.ignoringInputHash(decide(EngineFixture.DROOLS, request));
        EligibilityRequest shuffled = request;
        if (request.recruitment().isPresent()) {
            List<CostItem> costs = new ArrayList<>(request.recruitment().get().costsPaidByWorker());
            Collections.shuffle(costs, random);
            shuffled = withCosts(request, costs);
        }
        EligibilityRequest other = shuffled;
        Future<Decision> first = TWO_THREADS.submit(() -> decide(EngineFixture.DROOLS, request));
        Future<Decision> second = TWO_THREADS.submit(() -> decide(EngineFixture.DROOLS, other));
        assertThat(EmploymentArbitraries.ignoringInputHash(first.get())).isEqualTo(expected);
        assertThat(EmploymentArbitraries.ignoringInputHash(second.get())).isEqualTo(expected);
    }

    @Property(tries = 10000, edgeCases = EdgeCasesMode.NONE)
    void everyCriterionCitesACatalogueRuleAndALegalBasis(@ForAll("requests") EligibilityRequest request) {
        Decision d = decide(EngineFixture.DROOLS, request);
        assertThat(d.criteria()).isNotEmpty();
        for (Criterion c : d.criteria()) {
            RuleInfo info = CATALOGUE.find(c.rule()).orElseThrow(() -> new AssertionError("no rule " + c.rule()));
            assertThat(info.packageName()).isEqualTo("org.m4sd.rules.employment");
            assertThat(info.criterion()).isEqualTo(c.id());
            assertThat(c.legalBasis()).isNotEmpty().allSatisfy(b -> assertThat(b.instrument()).isNotBlank());
            assertThat(c.message()).isNotBlank().doesNotContain("{");
        }
        if (d.outcome() == Outcome.UNDETERMINED) {
            assertThat(d.missingFacts()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("$."));
        }
    }
}
