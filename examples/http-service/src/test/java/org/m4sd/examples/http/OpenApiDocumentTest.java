package org.m4sd.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.RulePacks;
import org.m4sd.sdk.EligibilityEngine;

/**
 * The OpenAPI document as integrators' tools read it: swagger-parser resolves it with no message (every
 * {@code $ref} points into {@code #/components/schemas/}), every operation has its examples and its 4xx answers,
 * every example is valid under its own schema, and every limit the service enforces is stated. The build also
 * generates a Java client from the same document and compiles it ({@link GeneratedClientIT} uses it).
 */
class OpenApiDocumentTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ServiceOptions OPTIONS = ServiceOptions.defaults();
    private static EligibilityEngine engine;
    private static String document;

    @BeforeAll
    static void build() {
        engine = EligibilityEngine.create(OPTIONS.engine());
        document = OpenApi.document(OPTIONS, engine, RulePacks.load());
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    /** The component schema {@code name}, read where it sits in {@code document}. */
    static Schema schema(String document, String name) {
        String base = "https://m4sd.test/openapi.json";
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(Map.of(base, document)));
        return registry.getSchema(SchemaLocation.of(base + "#/components/schemas/" + name));
    }

    @Test
    void swaggerParserResolvesItWithNoMessage() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);

        assertThat(result.getMessages()).isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getPaths()).containsOnlyKeys(HttpService.ROUTES.keySet());
        assertThat(api.getComponents().getSchemas()).containsKeys("EligibilityRequest", "Person", "Decision",
                "Criterion", "DecisionSet", "BatchLine", "Problem", "RulePacks", "Health");
    }

    @Test
    void everyReferenceIsAComponentSchemaThatExists() throws Exception {
        JsonNode doc = MAPPER.readTree(document);
        Matcher refs = Pattern.compile("\"\\$ref\":\"([^\"]*)\"").matcher(doc.toString());
        List<String> targets = new ArrayList<>();
        while (refs.find()) {
            targets.add(refs.group(1));
        }
        assertThat(targets).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/components/schemas/");
            assertThat(doc.path("components").path("schemas").has(ref.substring("#/components/schemas/".length())))
                    .as(ref).isTrue();
        });
        assertThat(doc.toString()).doesNotContain("\"$id\"", "\"$defs\"", "\"$schema\"");
    }

    @Test
    void everyOperationHasExamplesAndItsClientErrors() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(document, null, options).getOpenAPI();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                String what = op.getKey() + " " + path.getKey();
                Operation operation = op.getValue();
                assertThat(operation.getOperationId()).as(what).isNotBlank();
                if (operation.getRequestBody() != null) {
                    MediaType first = operation.getRequestBody().getContent().values().iterator().next();
                    assertThat(first.getExample() != null || first.getExamples() != null).as(what).isTrue();
                    assertThat(operation.getResponses()).as(what).containsKeys("400", "413", "415");
                }
                ApiResponse ok = operation.getResponses().get("200");
                assertThat(ok).as(what).isNotNull();
                MediaType answer = ok.getContent().values().iterator().next();
                assertThat(answer.getExample() != null || answer.getExamples() != null).as(what).isTrue();
                operation.getResponses().forEach((status, response) -> {
                    if (status.startsWith("4")) {
                        MediaType problem = response.getContent().get("application/problem+json");
                        assertThat(problem).as(what + " " + status).isNotNull();
                        assertThat(problem.getExample()).as(what + " " + status).isNotNull();
                    }
                });
            }
        }
        assertThat(api.getPaths().get("/v1/rule-packs").getGet().getResponses()).containsKey("400");
    }

    @Test
    void everyJsonExampleIsValidUnderItsSchema() throws Exception {
        JsonNode doc = MAPPER.readTree(document);
        JsonNode decide = doc.at("/paths/~1v1~1decisions/post");
        Schema request = schema(document, "EligibilityRequest");
        Schema decisionSet = schema(document, "DecisionSet");
        Schema problem = schema(document, "Problem");
        assertThat(request.validate(decide.at("/requestBody/content/application~1json/examples/one/value")
                .toString(), InputFormat.JSON)).isEmpty();
        for (JsonNode each : decide.at("/requestBody/content/application~1json/examples/array/value")) {
            assertThat(request.validate(each.toString(), InputFormat.JSON)).isEmpty();
        }
        assertThat(decisionSet.validate(decide.at("/responses/200/content/application~1json/examples/one/value")
                .toString(), InputFormat.JSON)).isEmpty();
        for (JsonNode each : decide.at("/responses/200/content/application~1json/examples/array/value")) {
            assertThat(decisionSet.validate(each.toString(), InputFormat.JSON)).isEmpty();
        }
        Schema batchLine = schema(document, "BatchLine");
        JsonNode batch = doc.at("/paths/~1v1~1decisions:batch/post");
        List<String> out = batch.at("/responses/200/content/application~1x-ndjson/example").asText().lines().toList();
        assertThat(out).hasSize(3);
        out.forEach(line -> assertThat(batchLine.validate(line, InputFormat.JSON)).as(line).isEmpty());
        assertThat(out.get(2)).contains("\"errors\"");
        for (String path : List.of("/v1/decisions", "/v1/decisions:batch", "/v1/rule-packs", HttpService.RELOAD)) {
            doc.path("paths").path(path).elements().next().path("responses").properties().forEach(r -> {
                JsonNode example = r.getValue().at("/content/application~1problem+json/example");
                if (!example.isMissingNode()) {
                    assertThat(problem.validate(example.toString(), InputFormat.JSON)).as(path + " " + r.getKey())
                            .isEmpty();
                    assertThat(example.path("status").asText()).isEqualTo(r.getKey());
                }
            });
        }
        assertThat(schema(document, "RulePacks").validate(doc.at("/paths/~1v1~1rule-packs/get/responses/200/content"
                + "/application~1json/example").toString(), InputFormat.JSON)).isEmpty();
        JsonNode reload = doc.at("/paths/~1v1~1admin~1packs:reload/post/responses");
        assertThat(schema(document, "PacksInUse").validate(reload.at("/200/content/application~1json/example")
                .toString(), InputFormat.JSON)).isEmpty();
        assertThat(reload.at("/409/content/application~1problem+json/example/refusal").asText())
                .isEqualTo("FILE_CHANGED");
        assertThat(schema(document, "Health").validate(doc.at("/paths/~1health/get/responses/200/content"
                + "/application~1json/example").toString(), InputFormat.JSON)).isEmpty();
        assertThat(schema(document, "Health").validate("{\"status\":\"UP\"}", InputFormat.JSON))
                .as("the packs are required").isNotEmpty();
    }

    @Test
    void thePatchCallsExamplesAndAnswerAreValidUnderTheirSchemas() throws Exception {
        JsonNode doc = MAPPER.readTree(document);
        JsonNode patch = doc.at("/paths/~1v1~1decisions:patch/post");
        Schema call = schema(document, "PatchCall");
        for (String example : List.of("mergePatch", "jsonPatch")) {
            JsonNode value = patch.at("/requestBody/content/application~1json/examples/" + example + "/value");
            assertThat(value.has(example)).as(example).isTrue();
            assertThat(call.validate(value.toString(), InputFormat.JSON)).as(example).isEmpty();
        }
        assertThat(call.validate("{\"request\":{},\"patch\":{}}", InputFormat.JSON)).isNotEmpty();
        JsonNode answer = patch.at("/responses/200/content/application~1json/example");
        assertThat(schema(document, "PatchedDecisions").validate(answer.toString(), InputFormat.JSON)).isEmpty();
        assertThat(answer.at("/request/person/birthDate").asText()).isEqualTo("1958-04-02");
        Schema problem = schema(document, "Problem");
        patch.path("responses").properties().forEach(r -> {
            JsonNode example = r.getValue().at("/content/application~1problem+json/example");
            if (!example.isMissingNode()) {
                assertThat(problem.validate(example.toString(), InputFormat.JSON)).as(r.getKey()).isEmpty();
                assertThat(example.path("status").asText()).isEqualTo(r.getKey());
            }
        });
    }

    @Test
    void theDocumentStatesEveryLimitAndErrorStatus() throws Exception {
        JsonNode doc = MAPPER.readTree(document);
        String info = doc.at("/info/description").asText();
        assertThat(info).contains("4 MiB", "1000 requests per array", "256 MiB", "nesting depth 16",
                "4096 characters", "40 characters", "1000 elements per array");
        for (String status : List.of("400", "404", "405", "413", "415", "500")) {
            assertThat(info).contains(status);
        }
        assertThat(doc.at("/paths/~1v1~1decisions/post/requestBody/content/application~1json/schema/oneOf/1/maxItems")
                .asInt()).isEqualTo(OPTIONS.maxRequestsPerCall());
    }

    @Test
    void theBuildWroteTheSameDocument() throws Exception {
        Path written = Path.of("target/openapi/openapi.json");
        if (Files.exists(written)) {
            assertThat(MAPPER.readTree(written.toFile())).isEqualTo(MAPPER.readTree(document));
        }
    }
}
