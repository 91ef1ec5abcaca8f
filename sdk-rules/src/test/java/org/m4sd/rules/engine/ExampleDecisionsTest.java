package org.m4sd.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.json.M4sdJson;

/**
 * The decisions committed under docs/examples are those the engine makes on the request beside them, so
 * an integrator reading them reads the rules as they are: outcome, criteria, messages, legal bases, values and
 * the rule pack's hash. When a rule, a message or the packs change, the test fails and names how to rewrite them:
 * {@value #REWRITE}.
 */
class ExampleDecisionsTest {
    static final String REWRITE = "./mvnw -B -ntp -pl sdk-rules -am test -Djapicmp.skip -Dtest=ExampleDecisionsTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dm4sd.examples.rewrite=true";
    private static final M4sdJson JSON = M4sdJson.create();
    private static final ObjectMapper PRETTY = new ObjectMapper();

    @Test
    void theCommittedPensionDecisionsAreThoseTheEngineMakes() throws IOException {
        Path examples = examples();
        DecisionSet decided = EngineFixture.DROOLS.evaluate(
                JSON.readRequest(Files.readString(examples.resolve("ecu-pension-request.json"))));
        Decision pension = decided.decisions().stream()
                .filter(d -> d.determination() == Determination.SOCIAL_SECURITY_OLD_AGE_PENSION).findFirst().orElseThrow();
        if (Boolean.getBoolean("m4sd.examples.rewrite")) {
            write(examples.resolve("ecu-pension-decisions.json"), JSON.writeDecisionSet(decided));
            write(examples.resolve("ecu-pension-decision.json"), JSON.writeDecision(pension));
        }
        assertThat(decided.decisions()).as("the example request asks for more than the pension").hasSizeGreaterThan(1);
        assertThat(JSON.readDecisionSet(Files.readString(examples.resolve("ecu-pension-decisions.json"))))
                .as("docs/examples/ecu-pension-decisions.json; rewrite it with " + REWRITE).isEqualTo(decided);
        assertThat(JSON.readDecision(Files.readString(examples.resolve("ecu-pension-decision.json"))))
                .as("docs/examples/ecu-pension-decision.json; rewrite it with " + REWRITE).isEqualTo(pension);
    }

    /** The JSON the SDK writes, indented for reading (the contract's field order kept). */
    private static void write(Path file, String json) throws IOException {
        JsonNode tree = PRETTY.readTree(json);
        // "name": value, as the other examples are written
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        Files.writeString(file, PRETTY.writer(printer).writeValueAsString(tree) + "\n", StandardCharsets.UTF_8);
    }

    private static Path examples() {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("docs/examples"))) {
            root = root.getParent();
        }
        return root.resolve("docs/examples");
    }
}
