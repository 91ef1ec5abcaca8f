package org.m4sd.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.m4sd.benchmarks.Population;
import org.m4sd.rules.ReferenceImplementation;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Recruitment;

/**
 * The peer engines (DMN decision tables, Easy Rules, jDMN's Java) decide exactly as the reference implementation does,
 * on the old-age pension and on fair recruitment, on a few thousand generated requests per determination: a change to a
 * DRL rule that is not carried to the peers fails here rather than in a benchmark's set-up. A pension case with early
 * pensions in force is outside the peers' scope and refused (PeerEngine); at most a third of the pension requests are.
 */
class PeerEquivalenceTest {
    static final int REQUESTS = 3_000;
    /**
     * Of the 26 pension rules that report a criterion (the not-encoded age and paths, the estimated record and the
     * most favourable agreement among them), the requests the peers decide reach all but ss.pension.age.not-required
     * and ss.pension.benefit.proportional, Tunisia's, where early pensions are in force and the peers refuse.
     */
    static final int MIN_PENSION_RULES = 24;
    /**
     * Of the 48 fair-recruitment rules, the requests reach all but the national caps' four rate-unknown rules,
     * Nepal's welfare fund above its cap, the Philippines' destination ban, a Bangladeshi ceiling fixed for the other
     * sex, C181 (no generated worker is recruited in a state that ratified it) and zero earnings.
     */
    static final int MIN_FR_RULES = 39;

    private static EligibilityEngine reference;
    private static EligibilityEngine dmn;
    private static EligibilityEngine easyRules;
    private static EligibilityEngine jdmn;

    @BeforeAll
    static void engines() {
        reference = ReferenceImplementation.create(EngineOptions.defaults());
        dmn = PeerEngine.dmn(EngineOptions.defaults());
        easyRules = PeerEngine.easyRules(EngineOptions.defaults());
        jdmn = PeerEngine.jdmn(EngineOptions.defaults());
    }

    @AfterAll
    static void close() {
        reference.close();
        dmn.close();
        easyRules.close();
        jdmn.close();
    }

    static Stream<Arguments> peersAndDeterminations() {
        List<Arguments> out = new ArrayList<>();
        for (String peer : List.of("DMN", "EASY_RULES", "JDMN")) {
            for (Determination d : peer.equals("JDMN") ? PeerEngine.JDMN_DECIDES : PeerEngine.DECIDES) {
                out.add(Arguments.of(peer, d));
            }
        }
        return out.stream();
    }

    private static EligibilityEngine peer(String name) {
        return switch (name) {
            case "DMN" -> dmn;
            case "EASY_RULES" -> easyRules;
            default -> jdmn;
        };
    }

    @ParameterizedTest(name = "{0} decides {1} as the reference does")
    @MethodSource("peersAndDeterminations")
    void decidesAsTheReference(String peerName, Determination determination) {
        EligibilityEngine peer = peer(peerName);
        Set<String> rules = new TreeSet<>();
        int compared = 0;
        int refused = 0;
        for (EligibilityRequest request : requests(determination)) {
            DecisionSet expected = reference.evaluate(request);
            DecisionSet actual;
            try {
                actual = peer.evaluate(request);
            } catch (UnsupportedOperationException e) {
                // outside the peers' scope: an early pension in force, and only that
                assertThat(e).hasMessageContaining("without early pensions");
                refused++;
                continue;
            }
            assertThat(actual).as("%s on request %s", peerName, request.requestId())
                    .isEqualTo(PeerEngine.withoutGaps(expected, actual));
            expected.decisions().stream().map(Decision::criteria).flatMap(List::stream).map(Criterion::rule)
                    .forEach(rules::add);
            compared++;
        }
        assertThat(compared + refused).isEqualTo(REQUESTS);
        assertThat(compared).as("requests the peers decide").isGreaterThanOrEqualTo(
                determination == Determination.SOCIAL_SECURITY_OLD_AGE_PENSION ? REQUESTS * 2 / 3 : REQUESTS);
        // The comparison means something only if the requests lead through many of the rules.
        assertThat(rules).as("rules the requests reached").hasSizeGreaterThanOrEqualTo(
                determination == Determination.SOCIAL_SECURITY_OLD_AGE_PENSION ? MIN_PENSION_RULES : MIN_FR_RULES);
    }

    @Test
    void peersRefuseDeterminationsTheyHaveNoRulesFor() {
        EligibilityRequest request = Population.generate(1, 1, "ECU", List.of(Determination.HEALTH_EMERGENCY_CARE))
                .get(0);
        for (EligibilityEngine peer : List.of(dmn, easyRules, jdmn)) {
            assertThatThrownBy(() -> peer.evaluate(request))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("health.emergency-care")
                    .hasMessageContaining("social-security.old-age-pension");
        }
    }

    /**
     * Generated requests in every jurisdiction, with some facts dropped (date of birth, sex, recruitment, exchange
     * rates, earnings and salary, first job's start), some government-to-government hires, some costs dated (so
     * that one recruitment's costs are judged under several national rules, reported in the order of their days),
     * and the three message languages, so that the rules for missing facts and every message bundle are compared
     * too.
     */
    static List<EligibilityRequest> requests(Determination determination) {
        List<EligibilityRequest> generated = Population.generate(2026, REQUESTS, null, List.of(determination));
        List<EligibilityRequest> out = new ArrayList<>(generated.size());
        Locale[] locales = {Locale.ENGLISH, Locale.FRENCH, new Locale("es")};
        for (int i = 0; i < generated.size(); i++) {
            EligibilityRequest r = generated.get(i);
            Function<Person.Builder, Person.Builder> person = switch (i % 13) {
                case 3 -> p -> p.birthDate(null);
                case 5 -> p -> p.sex(null);
                case 7 -> p -> p.birthDate(null).sex(null);
                default -> p -> p;
            };
            EligibilityRequest.Builder b = r.toBuilder()
                    .person(person.apply(r.person().toBuilder()).build())
                    .locale(locales[i % 3]);
            if (i % 17 == 4) {
                b.recruitment(null);
            } else if (r.recruitment().isPresent()) {
                b.recruitment(vary(r.recruitment().get(), i));
            }
            out.add(b.build());
        }
        return out;
    }

    private static Recruitment vary(Recruitment r, int i) {
        boolean noRates = i % 11 == 2;
        boolean noEarnings = i % 11 == 6;
        boolean g2g = i % 11 == 9 || r.governmentToGovernment();
        // Some costs carry the day they were paid, three years apart from 2014 (before and after national rules
        // change), so that costs are judged under different rules; some requests give no first job's start.
        List<CostItem> costs = r.costsPaidByWorker();
        if (i % 7 == 1) {
            costs = new ArrayList<>();
            for (CostItem cost : r.costsPaidByWorker()) {
                costs.add(new CostItem(cost.item(), cost.amount(), cost.currency(),
                        Optional.of(LocalDate.of(2014 + 3 * (costs.size() % 4), 3, 1))));
            }
        }
        Optional<LocalDate> firstJobStart = i % 19 == 8 ? Optional.empty() : r.firstJobStart();
        return new Recruitment(r.origin(), r.destination(), r.occupation(), r.householdService(), g2g,
                r.employerDeclinedToPay(), firstJobStart, costs,
                noEarnings ? Optional.empty() : r.firstMonthEarnings(),
                noEarnings ? Optional.empty() : r.monthlyBasicSalary(),
                noRates ? Map.of() : r.exchangeRates());
    }
}
