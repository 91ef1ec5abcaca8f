package org.m4sd.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.LegalBasis;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.decision.RulePackRef;
import org.m4sd.sdk.decision.VerificationStatus;
import org.m4sd.sdk.internal.CountryCodes;
import org.m4sd.sdk.request.CompensationMeasure;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.HealthProfession;
import org.m4sd.sdk.request.HealthProfessional;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Money;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Qualification;
import org.m4sd.sdk.request.Recruitment;
import org.m4sd.sdk.request.ReturnType;
import org.m4sd.sdk.request.Sex;

/**
 * The published schemas accept the worked examples and the scenario requests, reject what the reader rejects,
 * and stay in step with the Java types they describe.
 */
class SchemaTest {
    private static final Path ROOT = Schemas.repositoryRoot();
    private static final Path EXAMPLES = ROOT.resolve("docs/examples");
    private static final Path SCENARIOS = ROOT.resolve("sdk-rules/src/test/resources/scenarios");
    private final M4sdJson json = M4sdJson.create();

    private static Schema schemaFor(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith("-request.json")) {
            return Schemas.REQUEST;
        }
        if (name.endsWith("-decisions.json")) {
            return Schemas.DECISION_SET;
        }
        if (name.endsWith("-decision.json")) {
            return Schemas.DECISION;
        }
        throw new AssertionError(file + " is not named *-request.json, *-decision.json or *-decisions.json");
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyWorkedExampleMatchesItsSchemaAndReads() throws IOException {
        List<Path> files = jsonFiles(EXAMPLES);
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("ecu-pension-request.json",
                "npl-qat-recruitment-request.json", "syr-nursing-qualification-request.json",
                "ecu-pension-decision.json", "ecu-pension-decisions.json");
        return files.stream().map(file -> DynamicTest.dynamicTest(EXAMPLES.relativize(file).toString(), () -> {
            String text = Files.readString(file);
            assertThat(Schemas.problems(schemaFor(file), text)).isEmpty();
            Schema schema = schemaFor(file);
            if (schema == Schemas.REQUEST) {
                assertThat(json.readRequest(text)).isNotNull();
            } else if (schema == Schemas.DECISION) {
                assertThat(json.readDecision(text)).isNotNull();
            } else {
                assertThat(json.readDecisionSet(text).decisions()).isNotEmpty();
            }
        }));
    }

    @Test
    void theExampleDecisionsCarryTheHashOfTheExampleRequest() throws IOException {
        String hash = json.inputSha256(json.readRequest(Files.readString(EXAMPLES.resolve("ecu-pension-request.json"))));
        Decision decision = json.readDecision(Files.readString(EXAMPLES.resolve("ecu-pension-decision.json")));
        assertThat(decision.inputSha256()).isEqualTo(hash);
        assertThat(json.readDecisionSet(Files.readString(EXAMPLES.resolve("ecu-pension-decisions.json"))).decisions())
                .extracting(Decision::inputSha256).containsOnly(hash);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioRequestMatchesTheRequestSchema() throws IOException {
        if (!Files.isDirectory(SCENARIOS)) {
            return Stream.empty(); // the rule packs' scenarios live in sdk-rules; without them there is nothing to check
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : jsonFiles(SCENARIOS)) {
            tests.add(DynamicTest.dynamicTest(SCENARIOS.relativize(file).toString(), () -> {
                JsonNode scenario = JsonRoundTripProperties.PLAIN.readTree(Files.readString(file));
                assertThat(scenario.has("request")).as("%s has a request member", file).isTrue();
                // A scenario with expectError is a bad request on purpose: some break the schema (a negative
                // amount), others only a rule the schema cannot express (a decision before the file was complete).
                if (!scenario.has("expectError")) {
                    assertThat(Schemas.problems(Schemas.REQUEST, scenario.get("request").toString())).isEmpty();
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void theRequestSchemaRejectsWhatTheReaderRejects() throws IOException {
        String valid = Files.readString(EXAMPLES.resolve("ecu-pension-request.json"));
        assertThat(Schemas.problems(Schemas.REQUEST, valid.replace("\"sex\": \"F\"", "\"sex\": \"W\""))).hasSize(1);
        assertThat(Schemas.problems(Schemas.REQUEST, valid.replace("\"sex\": \"F\"", "\"gender\": \"F\""))).isNotEmpty();
        assertThat(Schemas.problems(Schemas.REQUEST, valid.replace("\"asOf\": \"2023-06-30\"", "\"asOf\": \"2023-02-30\"")))
                .isNotEmpty();
        assertThat(Schemas.problems(Schemas.REQUEST, valid.replace("\"ECU\"", "\"XYZ\""))).isNotEmpty();
        assertThat(Schemas.problems(Schemas.REQUEST, valid.replace("\"residenceMonths\": 40", "\"residenceMonths\": -1")))
                .isNotEmpty();
        assertThat(Schemas.problems(Schemas.REQUEST, valid.replace("\"locale\": \"es\"", "\"locale\": \"de\"")))
                .isNotEmpty();
        assertThat(Schemas.problems(Schemas.REQUEST, valid.replace("\"health.emergency-care\"", "\"health.x\"")))
                .isNotEmpty();
    }

    @Test
    void theDecisionSchemaRejectsAnOutcomeOfTheWrongKindAndUndeterminedWithoutFacts() throws IOException {
        String valid = Files.readString(EXAMPLES.resolve("ecu-pension-decision.json"));
        assertThat(Schemas.problems(Schemas.DECISION, valid.replace("\"ELIGIBLE\"", "\"COMPLIANT\""))).isNotEmpty();
        assertThat(Schemas.problems(Schemas.DECISION, valid.replace("\"ELIGIBLE\"", "\"UNDETERMINED\""))).isNotEmpty();
        assertThat(Schemas.problems(Schemas.DECISION, valid.replace("\"status\": \"V\"", "\"status\": \"X\"")))
                .isNotEmpty();
    }

    @Test
    void propertyNamesAreTheRecordComponentNames() throws IOException {
        JsonNode request = schemaTree("request");
        assertThat(propertyNames(request)).isEqualTo(components(EligibilityRequest.class));
        assertThat(propertyNames(def(request, "person"))).isEqualTo(components(Person.class));
        assertThat(propertyNames(def(request, "contributionPeriod"))).isEqualTo(components(ContributionPeriod.class));
        assertThat(propertyNames(def(request, "recruitment"))).isEqualTo(components(Recruitment.class));
        assertThat(propertyNames(def(request, "costItem"))).isEqualTo(components(CostItem.class));
        assertThat(propertyNames(def(request, "money"))).isEqualTo(components(Money.class));
        assertThat(propertyNames(def(request, "qualification"))).isEqualTo(components(Qualification.class));
        assertThat(propertyNames(def(request, "healthProfessional"))).isEqualTo(components(HealthProfessional.class));
        JsonNode decision = schemaTree("decision");
        assertThat(propertyNames(def(decision, "decision"))).isEqualTo(components(Decision.class));
        assertThat(propertyNames(def(decision, "criterion"))).isEqualTo(components(Criterion.class));
        assertThat(propertyNames(def(decision, "legalBasis"))).isEqualTo(components(LegalBasis.class));
        assertThat(propertyNames(def(decision, "rulePack"))).isEqualTo(components(RulePackRef.class));
    }

    @Test
    void enumsMatchTheJavaEnumsAndTheCountryList() throws IOException {
        JsonNode request = schemaTree("request");
        JsonNode decision = schemaTree("decision");
        assertThat(strings(def(request, "country").get("enum"))).isEqualTo(List.copyOf(CountryCodes.all().keySet()));
        assertThat(strings(def(request, "determination").get("enum")))
                .isEqualTo(Arrays.stream(Determination.values()).map(Determination::id).toList());
        assertThat(strings(def(decision, "decision").at("/properties/determination/enum")))
                .isEqualTo(Arrays.stream(Determination.values()).map(Determination::id).toList());
        assertEnum(def(request, "person").at("/properties/sex/enum"), Sex.class);
        assertEnum(def(request, "person").at("/properties/migratoryStatus/enum"), MigratoryStatus.class);
        // the canonical items first, then their synonyms in declaration order
        assertThat(strings(def(request, "costItem").at("/properties/item/enum"))).as("CostType").isEqualTo(
                java.util.stream.Stream.concat(Arrays.stream(CostType.values()).map(Enum::name),
                        Arrays.stream(CostType.values()).flatMap(t -> t.synonyms().stream().sorted())).toList());
        assertEnum(def(request, "qualification").at("/properties/preferredCompensation/enum"),
                CompensationMeasure.class);
        assertEnum(def(request, "healthProfessional").at("/properties/profession/enum"), HealthProfession.class);
        assertEnum(def(request, "healthProfessional").at("/properties/returnType/enum"), ReturnType.class);
        assertEnum(def(decision, "decision").at("/properties/outcome/enum"), Outcome.class);
        assertEnum(def(decision, "criterion").at("/properties/result/enum"), CriterionResult.class);
        assertEnum(def(decision, "legalBasis").at("/properties/status/enum"), VerificationStatus.class);
    }

    private static <E extends Enum<E>> void assertEnum(JsonNode values, Class<E> type) {
        assertThat(strings(values)).as(type.getSimpleName())
                .isEqualTo(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private static JsonNode schemaTree(String name) throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/org/m4sd/sdk/schema/" + name + ".schema.json")) {
            assertThat(in).as(name).isNotNull();
            return JsonRoundTripProperties.PLAIN.readTree(in);
        }
    }

    private static JsonNode def(JsonNode schema, String name) {
        JsonNode d = schema.get("$defs").get(name);
        assertThat(d).as("$defs/%s", name).isNotNull();
        return d;
    }

    private static List<String> propertyNames(JsonNode schema) {
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        List<String> names = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
