package org.m4sd.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.m4sd.rules.HealthEducationArbitraries.withoutInputHash;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.m4sd.rules.internal.engine.Determiners;
import org.m4sd.rules.internal.engine.RuleBases;
import org.m4sd.rules.internal.engine.RuleCatalogue;
import org.m4sd.rules.internal.engine.RuleInfo;
import org.m4sd.rules.internal.packs.LegalSources;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Person;

/**
 * Properties of health.essential-care, health.diaspora-return-support and education.public-school over
 * generated requests: Drools equals the reference, status and nationality never change schooling, knowing a
 * missing fact never overturns a decided essential-care outcome, fact order and threads never change a
 * decision, and every criterion cites a catalogued rule and a legal basis.
 */
class HealthEducationProperties {
    private static final ExecutorService TWO_THREADS = Executors.newFixedThreadPool(2);
    private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(RuleBases.load().rules(), LegalSources.load());
    private static final KnowledgeBases KBASES = new KnowledgeBases();

    /** The knowledge base of each determination, from the registered determiners. */
    private static final class KnowledgeBases {
        final java.util.Map<Determination, String> byDetermination = new java.util.EnumMap<>(Determination.class);

        KnowledgeBases() {
            Determiners.load().forEach((d, determiner) -> byDetermination.put(d, determiner.knowledgeBase()));
        }
    }

    @AfterContainer
    static void shutDown() {
        TWO_THREADS.shutdown();
    }

    @Provide
    Arbitrary<EligibilityRequest> requests() {
        return HealthEducationArbitraries.requests();
    }

    @Property(tries = 10000)
    void droolsDecidesAsTheReference(@ForAll("requests") EligibilityRequest request) {
        DecisionSet drools = EngineFixture.DROOLS.evaluate(request);
        assertThat(drools).isEqualTo(EngineFixture.REFERENCE.evaluate(request));
        assertThat(drools.decisions()).extracting(Decision::determination)
                .containsExactlyElementsOf(HealthEducationArbitraries.DETERMINATIONS);
    }

    /** Schooling (ICRMW art. 30) and emergency care (art. 28) hold whatever the status: neither reads it. */
    @Property(tries = 10000)
    void changingOnlyStatusOrNationalityNeverChangesSchoolingOrEmergencyCare(
            @ForAll("requests") EligibilityRequest request, @ForAll MigratoryStatus otherStatus) {
        List<Determination> statusNeutral = List.of(Determination.EDUCATION_PUBLIC_SCHOOL,
                Determination.HEALTH_EMERGENCY_CARE);
        request = request.toBuilder().determinations(statusNeutral).build();
        Person person = request.person();
        EligibilityRequest otherStatusRequest = request.toBuilder()
                .person(person.toBuilder().migratoryStatus(otherStatus).build()).build();
        EligibilityRequest otherNationality = request.toBuilder()
                .person(person.toBuilder().nationality(person.nationality().isPresent() ? null : "SYR").build()).build();
        for (Determination d : statusNeutral) {
            Decision before = decision(request, d);
            assertThat(withoutInputHash(decision(otherStatusRequest, d))).isEqualTo(withoutInputHash(before));
            assertThat(withoutInputHash(decision(otherNationality, d))).isEqualTo(withoutInputHash(before));
            for (Criterion c : before.criteria()) {
                assertThat(c.message().toLowerCase(java.util.Locale.ROOT)).doesNotContain("status", "statut",
                        "condición migratoria", "irregular", "migra", "asylum", "asile", "asilo", "refug");
            }
        }
    }

    private static Decision decision(EligibilityRequest request, Determination determination) {
        return EngineFixture.DROOLS.evaluate(request).decision(determination).orElseThrow();
    }

    @Property(tries = 10000)
    void diasporaReturnReadsOnlyTheProfessionalTheNationalityAndTheJurisdiction(
            @ForAll("requests") EligibilityRequest request,
            @ForAll("otherFacts") HealthEducationArbitraries.Facts otherFacts) {
        request = request.toBuilder().determinations(List.of(Determination.HEALTH_DIASPORA_RETURN_SUPPORT)).build();
        HealthEducationArbitraries.Facts sameNationality = new HealthEducationArbitraries.Facts(otherFacts.status(),
                otherFacts.residenceMonths(), otherFacts.ageDays(), otherFacts.documents(),
                request.person().nationality().orElse(null), otherFacts.presentInTerritory());
        EligibilityRequest otherPerson = HealthEducationArbitraries.request(request.jurisdiction(), request.asOf(),
                sameNationality, request.healthProfessional().orElse(null), request.locale().orElseThrow())
                .toBuilder().determinations(List.of(Determination.HEALTH_DIASPORA_RETURN_SUPPORT)).build();
        Determination d = Determination.HEALTH_DIASPORA_RETURN_SUPPORT;
        assertThat(withoutInputHash(EngineFixture.DROOLS.evaluate(otherPerson).decision(d).orElseThrow()))
                .isEqualTo(withoutInputHash(EngineFixture.DROOLS.evaluate(request).decision(d).orElseThrow()));
    }

    /**
     * Knowing more of what a return programme reads (nationality, work abroad, degree, languages) never overturns
     * a decided outcome: an outcome reached with fewer facts stands when they are known.
     */
    @Property(tries = 10000)
    void knowingMoreProgrammeFactsNeverOverturnsADecidedReturnSupportOutcome(
            @ForAll("requests") EligibilityRequest request) {
        Determination d = Determination.HEALTH_DIASPORA_RETURN_SUPPORT;
        request = request.toBuilder().determinations(List.of(d)).build();
        List<EligibilityRequest> partials = new java.util.ArrayList<>();
        partials.add(request.toBuilder().person(request.person().toBuilder().nationality(null).build()).build());
        if (request.healthProfessional().isPresent()) {
            org.m4sd.sdk.request.HealthProfessional hp = request.healthProfessional().get();
            partials.add(request.toBuilder().healthProfessional(new org.m4sd.sdk.request.HealthProfessional(
                    hp.profession(), hp.qualified(), hp.licensed(), hp.originCountry(), hp.countryOfPractice(),
                    hp.returnType(), hp.healthPostOffered())).build());
            partials.add(request.toBuilder().healthProfessional(new org.m4sd.sdk.request.HealthProfessional(
                    hp.profession(), hp.qualified(), hp.licensed(), hp.originCountry(), hp.countryOfPractice(),
                    hp.returnType(), hp.healthPostOffered(), java.util.Optional.empty(), hp.highestDegreeLevel(),
                    hp.languages())).build());
        }
        Outcome full = EngineFixture.DROOLS.evaluate(request).decision(d).orElseThrow().outcome();
        for (EligibilityRequest partial : partials) {
            Outcome partialOutcome = EngineFixture.DROOLS.evaluate(partial).decision(d).orElseThrow().outcome();
            if (partialOutcome != Outcome.UNDETERMINED) {
                assertThat(full).as("%s decided with fewer facts", partialOutcome).isEqualTo(partialOutcome);
            }
        }
    }

    @Provide
    Arbitrary<HealthEducationArbitraries.Facts> otherFacts() {
        return HealthEducationArbitraries.facts();
    }

    @Property(tries = 10000)
    void knowingStatusOrResidenceNeverOverturnsADecidedEssentialCareOutcome(
            @ForAll("requests") EligibilityRequest request) {
        request = request.toBuilder().determinations(List.of(Determination.HEALTH_ESSENTIAL_CARE)).build();
        Person person = request.person();
        Person unknown = person.toBuilder().migratoryStatus(MigratoryStatus.UNKNOWN).residenceMonths(null).build();
        for (Person partial : List.of(unknown, person.toBuilder().migratoryStatus(MigratoryStatus.UNKNOWN).build(),
                person.toBuilder().residenceMonths(null).build())) {
            Outcome partialOutcome = essential(request.toBuilder().person(partial).build()).outcome();
            if (partialOutcome != Outcome.UNDETERMINED) {
                assertThat(essential(request).outcome()).as("%s decided with fewer facts", partialOutcome)
                        .isEqualTo(partialOutcome);
            }
        }
    }

    @Property(tries = 10000)
    void factOrderAndTwoThreadsNeverChangeADecision(@ForAll("requests") EligibilityRequest request,
            @ForAll long seed) {
        List<String> documents = new ArrayList<>(request.person().documentsHeld());
        Collections.shuffle(documents, new Random(seed));
        List<Determination> determinations = new ArrayList<>(HealthEducationArbitraries.DETERMINATIONS);
        Collections.shuffle(determinations, new Random(seed + 1));
        EligibilityRequest reordered = request.toBuilder().determinations(determinations)
                .person(request.person().toBuilder().documentsHeld(documents).build()).build();

        DecisionSet sequential = EngineFixture.DROOLS.evaluate(request);
        DecisionSet other = EngineFixture.DROOLS.evaluate(reordered);
        for (Decision d : sequential.decisions()) {
            assertThat(withoutInputHash(other.decision(d.determination()).orElseThrow()))
                    .isEqualTo(withoutInputHash(d));
        }
        var a = CompletableFuture.supplyAsync(() -> EngineFixture.DROOLS.evaluate(request), TWO_THREADS);
        var b = CompletableFuture.supplyAsync(() -> EngineFixture.DROOLS.evaluate(request), TWO_THREADS);
        assertThat(a.join()).isEqualTo(sequential);
        assertThat(b.join()).isEqualTo(sequential);
    }

    @Property(tries = 10000)
    void everyCriterionCitesACataloguedRuleAndALegalBasis(@ForAll("requests") EligibilityRequest request) {
        for (Decision d : EngineFixture.DROOLS.evaluate(request).decisions()) {
            assertThat(d.criteria()).isNotEmpty();
            for (Criterion c : d.criteria()) {
                RuleInfo info = CATALOGUE.find(c.rule()).orElseThrow(
                        () -> new AssertionError("rule " + c.rule() + " is not in the catalogue"));
                assertThat(info.criterion()).isEqualTo(c.id());
                assertThat(info.packageName()).isEqualTo("org.m4sd.rules." + KBASES.byDetermination.get(d.determination()));
                assertThat(c.legalBasis()).isNotEmpty().hasSize(info.legalBasis().size());
                assertThat(c.message()).isNotBlank().doesNotContain("{");
            }
            if (d.outcome() == Outcome.UNDETERMINED) {
                assertThat(d.missingFacts()).allSatisfy(p -> assertThat(p).startsWith("$."));
            }
        }
    }

    private static Decision essential(EligibilityRequest request) {
        return EngineFixture.DROOLS.evaluate(request).decision(Determination.HEALTH_ESSENTIAL_CARE).orElseThrow();
    }
}
