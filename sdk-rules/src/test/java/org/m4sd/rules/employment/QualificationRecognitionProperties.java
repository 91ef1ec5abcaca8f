package org.m4sd.rules.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.statistics.Statistics;
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
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Qualification;

class QualificationRecognitionProperties {
    private static final ExecutorService TWO_THREADS = Executors.newFixedThreadPool(2);
    private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(RuleBases.load().rules(), LegalSources.load());

    @AfterContainer
    static void stopThreads() {
        TWO_THREADS.shutdown();
    }

    @Provide
    Arbitrary<EligibilityRequest> requests() {
        return EmploymentArbitraries.recognitionRequests();
    }

    /** Requests whose qualification has at least one substantial difference work experience does not cover. */
    @Provide
    Arbitrary<EligibilityRequest> requestsWithAnUncoveredDifference() {
        return EmploymentArbitraries.recognitionRequests(EmploymentArbitraries.qualifications(1)
                .filter(q -> !q.differencesCoveredByExperience().containsAll(q.substantialDifferences())));
    }

    static Decision decide(EligibilityEngine engine, EligibilityRequest request) {
        return engine.evaluate(request).decision(Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION).orElseThrow();
    }

    /** Worst first: a refusal, then an open question, then recognition on a condition, then full recognition. */
    static int rank(Outcome outcome) {
        return switch (outcome) {
            case INELIGIBLE -> 0;
            case UNDETERMINED -> 1;
            case CONDITIONAL -> 2;
            case ELIGIBLE -> 3;
            default -> throw new IllegalArgumentException(outcome.name());
        };
    }

    static EligibilityRequest with(EligibilityRequest request, List<String> substantial, List<String> covered,
            List<String> nonCompensable) {
        Qualification q = request.qualification().orElseThrow();
        Qualification changed = new Qualification(q.awardingCountry(), q.level(), q.field(), q.regulatedProfession(),
                q.professionRequiresNationalLaw(), substantial, covered, nonCompensable, q.workExperienceMonths(),
                q.documentsAvailable(), q.fileCompleteDate(), q.decisionDate(), q.preferredCompensation());
        return request.toBuilder().qualification(changed).build();
    }

    @Property(tries = 10000, edgeCases = EdgeCasesMode.NONE)
    void droolsDecidesExactlyAsTheReference(@ForAll("requests") EligibilityRequest request) {
        Decision drools = decide(EngineFixture.DROOLS, request);
        assertThat(drools).isEqualTo(decide(EngineFixture.REFERENCE, request));
        Statistics.label("outcome").collect(drools.outcome());
        Statistics.label("rule").collect(drools.criterion("qr.substantial-difference").map(Criterion::rule).orElse("none"));
        Statistics.label("convention").collect(drools.criterion("qr.convention").map(Criterion::rule).orElse("none"));
    }

    @Property(tries = 10000, edgeCases = EdgeCasesMode.NONE)
    void experienceCoveringOneMoreDifferenceNeverWorsensTheOutcome(
            @ForAll("requestsWithAnUncoveredDifference") EligibilityRequest request,
            @ForAll int pick) {
        Qualification q = request.qualification().orElseThrow();
        List<String> uncovered = new ArrayList<>(q.substantialDifferences());
        uncovered.removeAll(q.differencesCoveredByExperience());
        List<String> covered = new ArrayList<>(q.differencesCoveredByExperience());
        covered.add(uncovered.get(Math.floorMod(pick, uncovered.size())));
        Outcome before = decide(EngineFixture.DROOLS, request).outcome();
        Outcome after = decide(EngineFixture.DROOLS,
                with(request, q.substantialDifferences(), covered, q.nonCompensableDifferences())).outcome();
        assertThat(rank(after)).as("%s then %s", before, after).isGreaterThanOrEqualTo(rank(before));
    }

    @Property(tries = 10000, edgeCases = EdgeCasesMode.NONE)
    void differenceOrderAndTwoThreadsNeverChangeADecision(@ForAll("requests") EligibilityRequest request,
            @ForAll Random random) throws Exception {
        Decision expected = EmploymentArbitraries.ignoringInputHash(decide(EngineFixture.DROOLS, request));
        EligibilityRequest shuffled = request;
        if (request.qualification().isPresent()) {
            Qualification q = request.qualification().get();
            List<String> substantial = new ArrayList<>(q.substantialDifferences());
            List<String> covered = new ArrayList<>(q.differencesCoveredByExperience());
            List<String> nonCompensable = new ArrayList<>(q.nonCompensableDifferences());
            Collections.shuffle(substantial, random);
            Collections.shuffle(covered, random);
            Collections.shuffle(nonCompensable, random);
            shuffled = with(request, substantial, covered, nonCompensable);
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
            assertThat(d.missingFacts()).allSatisfy(p -> assertThat(p).startsWith("$."));
            assertThat(d.notEncoded()).as("the only condition of law not encoded: the national rule on recognition")
                    .isSubsetOf("qr.national-rule");
            assertThat(d.missingFacts().isEmpty() && d.notEncoded().isEmpty())
                    .as("an undetermined decision names a missing fact or a condition not encoded").isFalse();
        }
    }
}
