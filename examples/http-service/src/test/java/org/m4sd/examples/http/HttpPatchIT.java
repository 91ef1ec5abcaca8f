package org.m4sd.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The question-and-patch round trip over HTTP: a decision undetermined for want of facts carries its questions,
 * the client answers them as a patch of the request it holds ({@code POST /v1/decisions:patch}) and gets the
 * patched request and its decisions; the patched request meets the same validation and limits as a fresh one.
 */
class HttpPatchIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BODY_LIMIT = 64 * 1024;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static HttpService service;

    /** Kyrgyzstan, 2023: a record of 33 years and neither the sex nor the birth date. */
    private static final String PENSION = """
            {"requestId":"hp-1","asOf":"2023-06-30","jurisdiction":"KGZ","locale":"es",
             "determinations":["social-security.old-age-pension"],
             "person":{"id":"p-hp-1","contributionPeriods":[
               {"country":"KGZ","from":"1990-01-01","to":"2022-12-31"}]}}""";

    /** Valid answers to the questions, by path. */
    private static final Map<String, String> ANSWERS = Map.of("$.person.sex", "F",
            "$.person.birthDate", "1958-03-01");

    @BeforeAll
    static void start() {
        service = HttpService.start(ServiceOptions.defaults().withPort(0).withLimits(BODY_LIMIT, 256 * 1024),
                line -> { });
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static HttpResponse<String> post(String path, String body, String contentType) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String call(String request, String member, JsonNode patch) throws Exception {
        ObjectNode call = JSON.createObjectNode();
        call.set("request", JSON.readTree(request));
        call.set(member, patch);
        return JSON.writeValueAsString(call);
    }

    @Test
    void theQuestionsAnsweredAsAMergePatchSettleTheDecisionAndTheAnswerCarriesThePatchedRequest() throws Exception {
        HttpResponse<String> first = post("/v1/decisions", PENSION, "application/json");
        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode undetermined = JSON.readTree(first.body()).path("decisions").get(0);
        assertThat(undetermined.path("outcome").asText()).isEqualTo("UNDETERMINED");
        JsonNode questions = undetermined.path("questions");
        assertThat(questions.findValuesAsText("path")).containsExactly("$.person.sex", "$.person.birthDate");
        assertThat(questions.get(0).path("type").asText()).isEqualTo("ONE_OF");
        assertThat(questions.get(0).path("text").asText()).isEqualTo("¿Cuál es el sexo de la persona según el registro?");

        // Each answer at its question's path: a merge patch is the request's shape with only those members.
        ObjectNode mergePatch = JSON.createObjectNode();
        for (JsonNode q : questions) {
            String[] names = q.path("path").asText().substring(2).split("\\.");
            ObjectNode node = mergePatch;
            for (int i = 0; i < names.length - 1; i++) {
                node = node.has(names[i]) ? (ObjectNode) node.get(names[i]) : node.putObject(names[i]);
            }
            node.put(names[names.length - 1], ANSWERS.get(q.path("path").asText()));
        }
        HttpResponse<String> second = post("/v1/decisions:patch", call(PENSION, "mergePatch", mergePatch),
                "application/json");

        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(second.body());
        assertThat(answer.at("/request/person/sex").asText()).isEqualTo("F");
        assertThat(answer.at("/request/person/birthDate").asText()).isEqualTo("1958-03-01");
        assertThat(answer.at("/request/person/contributionPeriods/0/from").asText()).isEqualTo("1990-01-01");
        JsonNode decided = answer.at("/decisionSet/decisions/0");
        assertThat(decided.path("outcome").asText()).isNotEqualTo("UNDETERMINED");
        assertThat(decided.has("questions")).isFalse();

        // The patched request, sent fresh, is decided the same.
        HttpResponse<String> fresh = post("/v1/decisions", answer.get("request").toString(), "application/json");
        assertThat(JSON.readTree(fresh.body())).isEqualTo(answer.get("decisionSet"));
    }

    @Test
    void aJsonPatchGivesTheSameAnswerAsTheMergePatch() throws Exception {
        ArrayNode jsonPatch = JSON.createArrayNode();
        jsonPatch.addObject().put("op", "add").put("path", "/person/sex").put("value", "F");
        jsonPatch.addObject().put("op", "add").put("path", "/person/birthDate").put("value", "1958-03-01");
        jsonPatch.addObject().put("op", "test").put("path", "/person/contributionPeriods/0/country")
                .put("value", "KGZ");
        ObjectNode mergePatch = JSON.createObjectNode();
        mergePatch.putObject("person").put("sex", "F").put("birthDate", "1958-03-01");

        HttpResponse<String> byJsonPatch = post("/v1/decisions:patch", call(PENSION, "jsonPatch", jsonPatch),
                "application/json");
        HttpResponse<String> byMergePatch = post("/v1/decisions:patch", call(PENSION, "mergePatch", mergePatch),
                "application/json");

        assertThat(byJsonPatch.statusCode()).as(byJsonPatch.body()).isEqualTo(200);
        assertThat(JSON.readTree(byJsonPatch.body())).isEqualTo(JSON.readTree(byMergePatch.body()));
    }

    @Test
    void anInvalidAnswerIsRefusedAtTheRequestsOwnPathAndNothingIsDecided() throws Exception {
        ObjectNode mergePatch = JSON.createObjectNode();
        mergePatch.putObject("person").put("sex", "W").put("birthDate", "2030-01-01");

        HttpResponse<String> response = post("/v1/decisions:patch", call(PENSION, "mergePatch", mergePatch),
                "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("errors").findValuesAsText("path"))
                .contains("$.person.sex");

        ObjectNode lateBirth = JSON.createObjectNode();
        lateBirth.putObject("person").put("birthDate", "2030-01-01");
        HttpResponse<String> late = post("/v1/decisions:patch", call(PENSION, "mergePatch", lateBirth),
                "application/json");
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(late.body()).path("errors").get(0).path("path").asText())
                .isEqualTo("$.person.birthDate");
        assertThat(JSON.readTree(late.body()).path("errors").get(0).path("message").asText()).contains("after asOf");

        // null removes a member (RFC 7386): without the person the request is invalid, at $.person
        HttpResponse<String> removed = post("/v1/decisions:patch",
                call(PENSION, "mergePatch", JSON.readTree("{\"person\":null}")), "application/json");
        assertThat(removed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(removed.body()).path("errors").findValuesAsText("path")).contains("$.person");
    }

    @Test
    void aPatchThatCannotBeAppliedOrACallWithoutOneIsRefusedNamingWhere() throws Exception {
        ArrayNode missingTarget = JSON.createArrayNode();
        missingTarget.addObject().put("op", "add").put("path", "/person/sex").put("value", "F");
        missingTarget.addObject().put("op", "remove").put("path", "/person/shoeSize");
        HttpResponse<String> response = post("/v1/decisions:patch", call(PENSION, "jsonPatch", missingTarget),
                "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).path("errors").get(0);
        assertThat(error.path("path").asText()).isEqualTo("$.jsonPatch[1]");
        assertThat(error.path("message").asText()).contains("/person/shoeSize");

        ArrayNode failedTest = JSON.createArrayNode();
        failedTest.addObject().put("op", "test").put("path", "/jurisdiction").put("value", "MAR");
        assertThat(post("/v1/decisions:patch", call(PENSION, "jsonPatch", failedTest), "application/json")
                .statusCode()).isEqualTo(400);

        String neither = "{\"request\":" + PENSION + ",\"patch\":{}}";
        HttpResponse<String> wrongCall = post("/v1/decisions:patch", neither, "application/json");
        assertThat(wrongCall.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongCall.body()).path("errors").findValuesAsText("path")).contains("$", "$.patch");

        ObjectNode both = (ObjectNode) JSON.readTree(call(PENSION, "mergePatch",
                JSON.readTree("{\"person\":{\"sex\":\"F\"}}")));
        both.putArray("jsonPatch").addObject().put("op", "remove").put("path", "/locale");
        HttpResponse<String> twoPatches = post("/v1/decisions:patch", both.toString(), "application/json");
        assertThat(twoPatches.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(twoPatches.body()).path("errors").get(0).path("message").asText())
                .contains("cannot both hold changes");

        HttpResponse<String> asMergePatchType = post("/v1/decisions:patch", "{}", "application/merge-patch+json");
        assertThat(asMergePatchType.statusCode()).isEqualTo(415);
    }

    @Test
    void aPatchedRequestOverTheBodyLimitIs413AsAFreshOneWouldBe() throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(PENSION);
        ArrayNode documents = ((ObjectNode) request.get("person")).putArray("documentsHeld");
        for (int i = 0; i < 2500; i++) {
            documents.add("PASSPORT");
        }
        ArrayNode copies = JSON.createArrayNode();
        for (String name : List.of("a", "b")) {
            copies.addObject().put("op", "copy").put("from", "/person/documentsHeld").put("path", "/" + name);
        }
        String body = call(request.toString(), "jsonPatch", copies);
        assertThat(body.length()).isLessThan(BODY_LIMIT);

        HttpResponse<String> response = post("/v1/decisions:patch", body, "application/json");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("detail").asText()).contains("patched request")
                .contains(String.valueOf(BODY_LIMIT));
    }
}
