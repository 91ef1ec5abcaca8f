package org.m4sd.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.scala.javadsl.DefaultScalaModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.m4sd.examples.support.SyntheticPopulation;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;
import org.slf4j.LoggerFactory;

/**
 * Spark brings its own Jackson and SLF4J, and this module builds and tests against them (issue #8, item 4): the
 * versions seen at run time are Spark's, Spark's own JSON works with them, and the SDK's JSON layer (strict
 * reading, deterministic writing, canonical input hashes) works on them: requests and decisions round trip and
 * hash as documented. RegistryJarIT checks that the decisions are byte-identical to those the SDK writes on its
 * own Jackson.
 */
class JacksonOnSparkTest {
    private static final M4sdJson JSON = M4sdJson.create();
    private static final EligibilityEngine ENGINE = EligibilityEngine.create();

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    @Test
    void theJacksonAtRunTimeIsSparks() throws Exception {
        String spark = System.getProperty("spark-jackson.version");
        assertThat(spark).as("set by the module's POM from the parent's spark-jackson.version").isNotBlank();
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(spark);
        assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(spark);
        assertThat(com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION.toString()).isEqualTo(spark);
        // Spark's Scala module refuses a databind of another minor version when it is registered
        com.fasterxml.jackson.module.scala.JacksonModule scala = DefaultScalaModule.getInstance();
        assertThat(scala.version().toString()).isEqualTo(spark);
        new ObjectMapper().registerModule((com.fasterxml.jackson.databind.Module) (Object) scala);
        // and Spark's own JSON (schemas travel as JSON between driver and executors) reads what it writes
        assertThat(DataType.fromJson(RegistrySchema.registry().json())).isEqualTo(RegistrySchema.registry());
    }

    @Test
    void theSlf4jAtRunTimeIsSparksBoundToLog4j() {
        assertThat(LoggerFactory.class.getPackage().getImplementationVersion())
                .isEqualTo(System.getProperty("spark-slf4j.version"));
        assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).startsWith("org.apache.logging.slf4j");
    }

    @Test
    void requestsAndDecisionsRoundTripAndHashAsOnTheSdksOwnJackson() {
        List<EligibilityRequest> people = new SyntheticPopulation(8).requests(300).toList();
        for (EligibilityRequest request : people) {
            assertThat(JSON.readRequest(JSON.writeRequest(request))).isEqualTo(request);
            DecisionSet set = ENGINE.evaluate(request);
            assertThat(JSON.readDecisionSet(JSON.writeDecisionSet(set))).isEqualTo(set);
            for (Decision d : set.decisions()) {
                assertThat(d.inputSha256()).isEqualTo(JSON.inputSha256(request));
                assertThat(JSON.readDecision(JSON.writeDecision(d))).isEqualTo(d);
            }
        }
    }

    @Test
    void theInputHashIsTheOneStoredWithTheExampleDecisions() throws IOException {
        // the SDK's own Jackson wrote docs/examples; RegistryJarIT compares whole decisions across the two versions
        Path examples = Path.of("../../docs/examples");
        EligibilityRequest request = JSON.readRequest(Files.readString(examples.resolve("ecu-pension-request.json")));
        DecisionSet stored = JSON.readDecisionSet(Files.readString(examples.resolve("ecu-pension-decisions.json")));
        assertThat(stored.decisions()).allSatisfy(d -> assertThat(d.inputSha256()).isEqualTo(JSON.inputSha256(request)));
        assertThat(ENGINE.evaluate(request).decisions().get(0).inputSha256()).isEqualTo(JSON.inputSha256(request));
    }
}
