package org.m4sd.rules.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import org.m4sd.rules.EngineFixture;
import org.m4sd.rules.HealthEducationArbitraries;
import org.m4sd.rules.employment.EmploymentRequests;
import org.m4sd.rules.socialsecurity.SocialSecurityRequests;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.decision.Question;

/**
 * Every explanation is actionable, over the requests of every scenario file and a fixed draw from each sector's
 * generators: each criterion not met says what would meet it, each decision left undetermined for missing facts
 * asks for exactly those facts; and every determination that has a criterion which can be not met reaches it
 * somewhere in the corpus, so the test cannot pass on a corpus that never exercises it.
 */
class ExplanationCompletenessTest {
    private static final long SEED = 18L;
    private static final int PER_SECTOR = 400;

    @Example
    void every_criterion_not_met_has_a_gap_and_every_missing_fact_a_question() {
        List<RequestCorpus.Labelled> corpus = new ArrayList<>(RequestCorpus.scenarios());
        corpus.addAll(RequestCorpus.generated(HealthEducationArbitraries.requests(), SEED, PER_SECTOR));
        corpus.addAll(RequestCorpus.generated(SocialSecurityRequests.requests(), SEED, PER_SECTOR));
        corpus.addAll(RequestCorpus.generated(EmploymentRequests.requests(), SEED, PER_SECTOR));

        Map<Determination, Set<String>> reasonsWithGap = new EnumMap<>(Determination.class);
        int notMet = 0;
        int questioned = 0;
        for (RequestCorpus.Labelled l : corpus) {
            DecisionSet set;
            try {
                set = EngineFixture.DROOLS.evaluate(l.request());
            } catch (RuntimeException rejected) {
                continue; // a request the validation rejects is not decided
            }
            for (Decision d : set.decisions()) {
                for (Criterion c : d.criteria()) {
                    if (c.result() == CriterionResult.NOT_MET) {
                        notMet++;
                        assertThat(c.gap()).as("gap of %s (%s) in %s", c.rule(), c.reasonCode(), l.label())
                                .isPresent();
                        reasonsWithGap.computeIfAbsent(d.determination(), k -> new TreeSet<>()).add(c.reasonCode());
                    }
                }
                if (d.outcome() == Outcome.UNDETERMINED && !d.missingFacts().isEmpty()) {
                    questioned++;
                    assertThat(d.questions().stream().map(Question::fact).collect(Collectors.toSet()))
                            .as("questions of %s in %s", d.determination().id(), l.label())
                            .containsExactlyInAnyOrderElementsOf(Set.copyOf(d.missingFacts()));
                } else {
                    assertThat(d.questions()).as("questions of a settled decision in %s", l.label()).isEmpty();
                }
            }
        }
        // benefit export has no criterion that can be not met: without a legal basis to export it is UNDETERMINED
        Set<Determination> canBeNotMet = EnumSet.complementOf(EnumSet.of(Determination.SOCIAL_SECURITY_BENEFIT_EXPORT));
        assertThat(reasonsWithGap.keySet()).as("determinations with a criterion not met in the corpus")
                .containsExactlyInAnyOrderElementsOf(canBeNotMet);
        assertThat(notMet).isGreaterThan(1000);
        assertThat(questioned).isGreaterThan(100);
    }
}
