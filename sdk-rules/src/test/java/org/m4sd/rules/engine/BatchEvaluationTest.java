package org.m4sd.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.rules.internal.drools.DroolsEligibilityEngine;
import org.m4sd.sdk.DecisionListener;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;

class BatchEvaluationTest {

    private static List<EligibilityRequest> requests(int n) {
        List<EligibilityRequest> requests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Boolean present = i % 3 == 0 ? null : i % 3 == 1;
            Person person = Person.builder("p-" + i).presentInTerritory(present).build();
            requests.add(EligibilityRequest.builder("r-" + i, LocalDate.of(2023, 6, 30), i % 2 == 0 ? "ECU" : "JAM", person)
                    .determinations(Determination.HEALTH_EMERGENCY_CARE).build());
        }
        return requests;
    }

    @Test
    void aBatchYieldsOneResultPerRequestInOrderEqualToSingleEvaluation() {
        List<EligibilityRequest> requests = requests(1_003);
        List<RecordResult> results = EngineFixture.DROOLS.evaluateAll(requests.stream()).toList();
        assertThat(results).hasSize(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            RecordResult r = results.get(i);
            assertThat(r.line()).isEqualTo(i + 1L);
            assertThat(r).isInstanceOf(RecordResult.Decided.class);
            DecisionSet set = ((RecordResult.Decided) r).decisions();
            assertThat(set.requestId()).isEqualTo("r-" + i);
            assertThat(set).isEqualTo(EngineFixture.DROOLS.evaluate(requests.get(i)));
        }
    }

    @Test
    void theListenerHearsOfEveryDecisionAndItsFailureChangesNothing() {
        AtomicInteger heard = new AtomicInteger();
        DecisionListener failing = (request, decisions) -> {
            heard.incrementAndGet();
            throw new IllegalStateException("audit store down");
        };
        try (var engine = DroolsEligibilityEngine.create(EngineOptions.builder().listener(failing).batchSize(7).build())) {
            List<EligibilityRequest> requests = requests(50);
            List<RecordResult> results = collect(engine.evaluateAll(requests.iterator()));
            assertThat(results).hasSize(50).allMatch(r -> r instanceof RecordResult.Decided);
            assertThat(heard).hasValue(50);
        }
    }

    @Test
    void anEmptyBatchYieldsNothing() {
        assertThat(EngineFixture.DROOLS.evaluateAll(List.<EligibilityRequest>of().iterator()).hasNext()).isFalse();
    }

    @Test
    void twoThreadsOnOneEngineDecideAsOneThreadDoes() throws Exception {
        List<EligibilityRequest> requests = requests(400);
        List<DecisionSet> expected = requests.stream().map(EngineFixture.DROOLS::evaluate).toList();
        List<DecisionSet> parallel = IntStream.range(0, requests.size()).parallel()
                .mapToObj(i -> EngineFixture.DROOLS.evaluate(requests.get(i))).toList();
        assertThat(parallel).isEqualTo(expected);
    }

    private static List<RecordResult> collect(java.util.Iterator<RecordResult> it) {
        List<RecordResult> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
