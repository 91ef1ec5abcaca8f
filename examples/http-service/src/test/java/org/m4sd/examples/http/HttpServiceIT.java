package org.m4sd.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts the service on a free loopback port and calls it over HTTP with java.net.http. */
class HttpServiceIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BODY_LIMIT = 64 * 1024;
    private static final int BATCH_LIMIT = 256 * 1024;
    private static final List<String> ACCESS_LOG = new CopyOnWriteArrayList<>();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static HttpService service;

    private static String request(String id, String personId, String asOf) {
        return """
                {"requestId":"%s","asOf":"%s","jurisdiction":"ECU","determinations":["health.emergency-care"],
                 "person":{"id":"%s","birthDate":"1958-04-02","nationality":"VEN","migratoryStatus":"IRREGULAR",
                           "presentInTerritory":true}}""".formatted(id, asOf, personId);
    }

    @BeforeAll
    static void start() {
        service = HttpService.start(ServiceOptions.defaults().withPort(0).withLimits(BODY_LIMIT, BATCH_LIMIT),
                ACCESS_LOG::add);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    private static HttpResponse<String> post(String path, String body, String contentType) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthSaysUp() throws Exception {
        HttpResponse<String> response = get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("status").asText()).isEqualTo("UP");
    }

    @Test
    void decidesOneRequest() throws Exception {
        HttpResponse<String> response = post("/v1/decisions", request("h-1", "p-1", "2023-06-30"), "application/json");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        JsonNode set = JSON.readTree(response.body());
        assertThat(set.path("requestId").asText()).isEqualTo("h-1");
        JsonNode decision = set.path("decisions").get(0);
        assertThat(decision.path("determination").asText()).isEqualTo("health.emergency-care");
        assertThat(decision.path("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(decision.path("rulePack").path("id").asText()).isEqualTo("ecu");
    }

    @Test
    void decidesAnArrayOfRequestsInOrder() throws Exception {
        String body = "[" + request("h-2", "p-2", "2023-06-30") + "," + request("h-3", "p-3", "2024-01-31") + "]";
        HttpResponse<String> response = post("/v1/decisions", body, "application/json");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode sets = JSON.readTree(response.body());
        assertThat(sets).hasSize(2);
        assertThat(sets.get(0).path("requestId").asText()).isEqualTo("h-2");
        assertThat(sets.get(1).path("requestId").asText()).isEqualTo("h-3");
        assertThat(sets.get(1).path("decisions").get(0).path("asOf").asText()).isEqualTo("2024-01-31");
    }

    @Test
    void answers400WithEveryFieldErrorForBadInput() throws Exception {
        String bad = """
                {"requestId":"h-bad","asOf":"2023-02-30","jurisdiction":"ECU",
                 "person":{"id":"p-4","favouriteColour":"blue"}}""";
        HttpResponse<String> one = post("/v1/decisions", bad, "application/json");
        assertThat(one.statusCode()).isEqualTo(400);
        assertThat(one.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(one.body()).path("errors").findValuesAsText("path"))
                .contains("$.asOf", "$.person.favouriteColour");

        HttpResponse<String> array = post("/v1/decisions", "[" + request("h-5", "p-5", "2023-06-30") + "," + bad + "]",
                "application/json");
        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(array.body()).path("errors").findValuesAsText("path"))
                .contains("$[1].asOf", "$[1].person.favouriteColour").noneMatch(p -> p.startsWith("$[0]"));

        HttpResponse<String> notJson = post("/v1/decisions", "{\"requestId\":", "application/json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        // the truncated document is reported where it stops, in plain words
        assertThat(JSON.readTree(notJson.body()).path("errors").get(0).path("path").asText())
                .isEqualTo("$.requestId");
        assertThat(JSON.readTree(notJson.body()).path("errors").get(0).path("message").asText())
                .doesNotContain("end-of-input").contains("the text ends before the document is complete");

        assertThat(get("/v1/rule-packs?asOf=yesterday").statusCode()).isEqualTo(400);
    }

    @Test
    void answers413ForABodyOverTheLimit() throws Exception {
        StringBuilder big = new StringBuilder("[");
        while (big.length() <= BODY_LIMIT) {
            big.append(big.length() == 1 ? "" : ",").append(request("h-big", "p-big", "2023-06-30"));
        }
        HttpResponse<String> response = post("/v1/decisions", big.append(']').toString(), "application/json");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("errors").get(0).path("message").asText()).contains("limit");
        // Read to its end before the answer, so the connection stays open: closed on unread bytes, it would be
        // reset, and a client still sending would see no answer instead of the 413.
        assertThat(response.headers().firstValue("Connection")).isEmpty();

        String line = request("h-line", "p-line", "2023-06-30").replace("\n", "") + "\n";
        HttpResponse<String> batch = post("/v1/decisions:batch", line.repeat(BATCH_LIMIT / line.length() + 2),
                "application/x-ndjson");
        assertThat(batch.statusCode()).isEqualTo(413);
        assertThat(batch.headers().firstValue("Connection")).isEmpty();
    }

    @Test
    void streamsABatchWithOneResultLinePerInputLine() throws Exception {
        String body = request("b-1", "p-b1", "2023-06-30").replace("\n", "") + "\n"
                + "not json\n"
                + request("b-3", "p-b3", "2023-06-30").replace("\n", "") + "\n";
        HttpResponse<String> response = post("/v1/decisions:batch", body, "application/x-ndjson");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/x-ndjson"));
        List<String> lines = response.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines.get(0)).path("decisions").get(0).path("requestId").asText()).isEqualTo("b-1");
        assertThat(JSON.readTree(lines.get(1)).path("line").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(lines.get(1)).has("errors")).isTrue();
        assertThat(JSON.readTree(lines.get(2)).path("requestId").asText()).isEqualTo("b-3");
    }

    @Test
    void listsTheRulePacks() throws Exception {
        HttpResponse<String> response = get("/v1/rule-packs?asOf=2023-06-30");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode root = JSON.readTree(response.body());
        assertThat(root.path("packs").findValuesAsText("id")).contains("international", "ecu", "npl", "srb");
        assertThat(root.path("packs").get(0).path("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(root.path("determinations").findValuesAsText("id")).contains("health.emergency-care");
    }

    @Test
    void theOpenApiDocumentsSchemasValidateTheExampleRequestsAndRealResponses() throws Exception {
        HttpResponse<String> response = get("/v1/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(response.body());
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.path("paths").fieldNames()).toIterable()
                .contains("/v1/decisions", "/v1/decisions:batch", "/v1/rule-packs", "/v1/openapi.json", "/health");

        // the component schemas hold no $id: each is read where it sits in the document, as OpenAPI tools read it
        Schema requestSchema = OpenApiDocumentTest.schema(response.body(), "EligibilityRequest");
        Schema decisionSetSchema = OpenApiDocumentTest.schema(response.body(), "DecisionSet");

        Path examples = Path.of(System.getProperty("m4sd.examples", "../../docs/examples"));
        List<Path> requests;
        try (Stream<Path> files = Files.list(examples)) {
            requests = files.filter(p -> p.getFileName().toString().endsWith("-request.json")).sorted().toList();
        }
        assertThat(requests).hasSizeGreaterThanOrEqualTo(4);
        for (Path example : requests) {
            assertThat(requestSchema.validate(Files.readString(example), InputFormat.JSON)).as(example.toString())
                    .isEmpty();
        }
        assertThat(requestSchema.validate(request("x", "p", "2023-06-30"), InputFormat.JSON)).isEmpty();
        assertThat(requestSchema.validate("{\"requestId\":\"x\",\"jurisdiction\":\"XXX\",\"shoeSize\":42}",
                InputFormat.JSON)).isNotEmpty();

        String decided = post("/v1/decisions", request("h-s", "p-s", "2023-06-30"), "application/json").body();
        assertThat(decisionSetSchema.validate(decided, InputFormat.JSON)).isEmpty();
        assertThat(decisionSetSchema.validate("{\"requestId\":\"x\",\"decisions\":[{\"outcome\":\"MAYBE\"}]}",
                InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void theAccessLogHoldsNoPersonalData() throws Exception {
        ACCESS_LOG.clear();
        post("/v1/decisions", request("h-secret", "p-secret-4711", "2023-06-30"), "application/json");
        post("/v1/decisions:batch", request("h-secret-2", "p-secret-4712", "2023-06-30").replace("\n", "") + "\n",
                "application/x-ndjson");

        assertThat(ACCESS_LOG).anySatisfy(l -> assertThat(l).startsWith("POST /v1/decisions 200"));
        assertThat(ACCESS_LOG).anySatisfy(l -> assertThat(l).startsWith("POST /v1/decisions:batch 200"));
        assertThat(ACCESS_LOG).allSatisfy(l -> assertThat(l).doesNotContain("p-secret", "h-secret", "IRREGULAR",
                "VEN", "1958"));
    }
}
