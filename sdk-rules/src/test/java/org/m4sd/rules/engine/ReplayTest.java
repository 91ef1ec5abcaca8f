package org.m4sd.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.rules.internal.drools.DroolsEligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;

/** A stored decision can be replayed: the same input and pack give byte-identical decision JSON. */
class ReplayTest {
    private static final M4sdJson JSON = M4sdJson.create();

    private static EligibilityRequest example(String name) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("docs/examples"))) {
            root = root.getParent();
        }
        return JSON.readRequest(Files.readString(root.resolve("docs/examples").resolve(name)));
    }

    @Test
    void twoEnginesBuiltApartWriteByteIdenticalDecisions() throws IOException {
        for (String name : new String[] {"ecu-pension-request.json", "npl-qat-recruitment-request.json",
                "syr-nursing-qualification-request.json", "srb-nurse-diaspora-return-request.json",
                "mda-doctor-diaspora-return-request.json"}) {
            EligibilityRequest request = example(name);
            String first = JSON.writeDecisionSet(EngineFixture.DROOLS.evaluate(request));
            try (var other = DroolsEligibilityEngine.create(EngineOptions.defaults())) {
                assertThat(JSON.writeDecisionSet(other.evaluate(request))).as(name).isEqualTo(first);
            }
            assertThat(JSON.writeDecisionSet(EngineFixture.REFERENCE.evaluate(request))).as(name).isEqualTo(first);
        }
    }

    @Test
    void aDecisionNamesItsPackAndTheHashOfItsInputAndSurvivesTheRoundTrip() throws IOException {
        EligibilityRequest request = example("ecu-pension-request.json");
        DecisionSet set = EngineFixture.DROOLS.evaluate(request);
        for (Decision d : set.decisions()) {
            assertThat(d.inputSha256()).isEqualTo(JSON.inputSha256(request));
            assertThat(d.rulePack().id()).isEqualTo("ecu");
            assertThat(JSON.readDecision(JSON.writeDecision(d))).isEqualTo(d);
        }
        // A replay from the request's own JSON gives the same decisions.
        assertThat(EngineFixture.DROOLS.evaluate(JSON.readRequest(JSON.writeRequest(request)))).isEqualTo(set);
    }
}
