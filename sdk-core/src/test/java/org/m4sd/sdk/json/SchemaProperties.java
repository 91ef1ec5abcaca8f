package org.m4sd.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.request.EligibilityRequest;

/** Whatever the writer writes, the published schemas accept. */
class SchemaProperties {
    private final M4sdJson json = M4sdJson.create();

    @Provide
    Arbitrary<EligibilityRequest> requests() {
        return CodecArbitraries.requests();
    }

    @Provide
    Arbitrary<DecisionSet> decisionSets() {
        return CodecArbitraries.decisionSets();
    }

    @Property
    void writtenRequestsMatchTheRequestSchema(@ForAll("requests") EligibilityRequest request) {
        assertThat(Schemas.problems(Schemas.REQUEST, json.writeRequest(request))).isEmpty();
    }

    @Property
    void writtenDecisionsSetsAndBatchLinesMatchTheirSchemas(@ForAll("decisionSets") DecisionSet set) throws Exception {
        for (Decision d : set.decisions()) {
            assertThat(Schemas.problems(Schemas.DECISION, json.writeDecision(d))).isEmpty();
        }
        assertThat(Schemas.problems(Schemas.DECISION_SET, json.writeDecisionSet(set))).isEmpty();

        StringWriter out = new StringWriter();
        JsonlWriter writer = JsonlWriter.of(out);
        writer.write(new RecordResult.Decided(1, set));
        writer.write(new RecordResult.Rejected(2, Optional.of(set.requestId()),
                List.of(FieldError.of("$.asOf", "asOf is required"))));
        writer.write(new RecordResult.Rejected(3, Optional.empty(), List.of(FieldError.of("$", "the line is blank"))));
        writer.flush();
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(3);
        for (String line : lines) {
            assertThat(Schemas.problems(Schemas.BATCH_LINE, line)).as(line).isEmpty();
        }
    }
}
