package org.m4sd.examples.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.decision.RulePackRef;
import org.m4sd.sdk.json.JsonlReader;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    /** An engine whose batch fails as a whole and which cannot decide the request named "gap" alone either. */
    private static final class BrokenBatchEngine implements EligibilityEngine {
        @Override
        public DecisionSet evaluate(EligibilityRequest request) {
            if (request.requestId().equals("gap")) {
                throw new IllegalStateException("no value of parameter ss.pension.paths in force on 1950-01-01");
            }
            return new DecisionSet(request.requestId(), List.of());
        }

        @Override
        public Iterator<RecordResult> evaluateAll(Iterator<EligibilityRequest> requests) {
            throw new IllegalStateException("batch failed");
        }

        @Override
        public List<RulePackRef> rulePacks() {
            return List.of();
        }

        @Override
        public EngineOptions options() {
            return EngineOptions.defaults();
        }

        @Override
        public void close() {
        }
    }

    private static JsonlReader.Entry entry(long line, String id) {
        return new JsonlReader.Entry.Parsed(line, EligibilityRequest.builder(id, LocalDate.of(2023, 6, 30), "MAR",
                Person.builder("p-" + line).build()).build());
    }

    @Test
    void anEngineWhoseBatchFailsStillAnswersEveryRecordInOrderRejectingOnlyTheOneItCannotDecide() {
        Evaluation evaluation = new Evaluation(new BrokenBatchEngine(), Evaluation.override(null, null));

        List<RecordResult> results = evaluation.decide(List.of(entry(1, "a"), entry(2, "gap"), entry(3, "c")));

        assertThat(results).extracting(RecordResult::line).containsExactly(1L, 2L, 3L);
        assertThat(results.get(0)).isInstanceOf(RecordResult.Decided.class);
        assertThat(results.get(2)).isInstanceOf(RecordResult.Decided.class);
        RecordResult.Rejected gap = (RecordResult.Rejected) results.get(1);
        assertThat(gap.requestId()).contains("gap");
        assertThat(gap.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$");
            assertThat(e.message()).isEqualTo("the rules could not decide this record: "
                    + "no value of parameter ss.pension.paths in force on 1950-01-01");
        });
    }
}
