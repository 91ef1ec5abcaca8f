package org.m4sd.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed corpus of damaged request lines (sdk-core's {@code src/test/resources/fuzz}, made by its seeded
 * generator {@code DamagedLines}) through the batch endpoint as one body, and through the single endpoint one
 * line per body: every line gets the answer of the SDK's reader (the committed answers file, which the CLI and
 * Spark tests compare with too), one per line and in order on the batch; no corrupt line is decided; no 5xx, no
 * stack trace; the service still answers {@code GET /health} afterwards.
 *
 * <p>The one documented difference (docs/DECISION-CONTRACT.md, "Reading request text"): a body of
 * {@code POST /v1/decisions} that is a JSON array is an array of requests, each read as a line, so an array that a
 * batch rejects as a line is decided there when its elements are valid requests.
 */
class DamagedLinesHttpIT {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Path FUZZ = Path.of(System.getProperty("m4sd.fuzz",
            "../../sdk-core/src/test/resources/fuzz"));
    private static HttpService service;
    private static byte[] corpus;
    private static List<byte[]> lines;
    private static List<JsonNode> expected;
    private static List<String[]> kinds;

    @BeforeAll
    static void start() throws Exception {
        service = HttpService.start(ServiceOptions.defaults().withPort(0), line -> { });
        corpus = Files.readAllBytes(FUZZ.resolve("damaged-lines.jsonl"));
        lines = new ArrayList<>();
        int from = 0;
        for (int b = 0; b < corpus.length; b++) {
            if (corpus[b] == '\n') {
                lines.add(Arrays.copyOfRange(corpus, from, b));
                from = b + 1;
            }
        }
        expected = new ArrayList<>();
        for (String l : Files.readAllLines(FUZZ.resolve("damaged-lines.answers.jsonl"), StandardCharsets.UTF_8)) {
            expected.add(MAPPER.readTree(l));
        }
        kinds = Files.readAllLines(FUZZ.resolve("damaged-lines.kinds.tsv")).stream().skip(1)
                .map(l -> l.split("\t", -1)).toList();
        assertThat(lines).hasSize(expected.size()).hasSize(kinds.size());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static HttpResponse<String> post(String path, byte[] body, String type) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String what(int i) {
        return "line " + (i + 1) + " (" + kinds.get(i)[1] + ")";
    }

    @Test
    void theBatchEndpointAnswersEveryLineInOrderAsTheSdksReader() throws Exception {
        HttpResponse<String> response = post("/v1/decisions:batch", corpus, "application/x-ndjson");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        List<String> answers = response.body().lines().toList();
        assertThat(answers).hasSize(lines.size());
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < answers.size(); i++) {
            JsonNode answer = MAPPER.readTree(answers.get(i));
            JsonNode reader = expected.get(i);
            soft.assertThat(answer.path("line").asLong()).as(what(i)).isEqualTo(i + 1);
            soft.assertThat(answer.path("requestId").asText(null)).as(what(i))
                    .isEqualTo(reader.path("requestId").asText(null));
            if (reader.has("errors")) {
                soft.assertThat(answer.get("errors")).as(what(i)).isEqualTo(reader.get("errors"));
            } else {
                soft.assertThat(answer.has("decisions")).as(what(i) + ": " + answer.path("errors")).isTrue();
            }
            if ("REJECTED".equals(kinds.get(i)[2])) {
                soft.assertThat(answer.has("decisions")).as(what(i) + " is corrupt and must not be decided").isFalse();
            }
        }
        soft.assertAll();
        assertAlive();
    }

    @Test
    void theSingleEndpointAnswersEveryLineAsABatchLineSaveArraysOfRequests() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        int arrays = 0;
        for (int i = 0; i < lines.size(); i++) {
            HttpResponse<String> response = post("/v1/decisions", lines.get(i), "application/json");
            JsonNode reader = expected.get(i);
            String what = what(i);
            soft.assertThat(response.statusCode()).as(what).isLessThan(500);
            soft.assertThat(response.body()).as(what).doesNotContain("Exception", "\tat ");
            if (startsArray(lines.get(i))) {
                // documented: an array body is an array of requests, each answered as its own line would be
                arrays++;
                soft.assertThat(reader.has("errors")).as(what + ": a batch line that is an array is rejected").isTrue();
                soft.assertThat(response.statusCode()).as(what).isIn(200, 400);
                if (response.statusCode() == 200) {
                    soft.assertThat(MAPPER.readTree(response.body()).isArray()).as(what).isTrue();
                } else {
                    soft.assertThat(response.headers().firstValue("Content-Type")).as(what)
                            .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
                }
                continue;
            }
            JsonNode body = MAPPER.readTree(response.body());
            if (reader.has("errors")) {
                soft.assertThat(response.statusCode()).as(what).isEqualTo(400);
                soft.assertThat(response.headers().firstValue("Content-Type")).as(what)
                        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
                soft.assertThat(body.get("errors")).as(what).isEqualTo(reader.get("errors"));
            } else {
                soft.assertThat(response.statusCode()).as(what + ": " + body.path("errors")).isEqualTo(200);
                soft.assertThat(body.path("requestId").asText()).as(what).isEqualTo(reader.path("requestId").asText());
                soft.assertThat(body.path("decisions").isArray()).as(what).isTrue();
            }
            if ("REJECTED".equals(kinds.get(i)[2])) {
                soft.assertThat(response.statusCode()).as(what + " is corrupt and must not be decided").isEqualTo(400);
            }
        }
        soft.assertAll();
        assertThat(arrays).as("lines that are arrays").isPositive();
        assertAlive();
    }

    /** Whether the first byte after one byte order mark and whitespace opens an array. */
    private static boolean startsArray(byte[] line) {
        int i = line.length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF ? 3 : 0;
        while (i < line.length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) {
            i++;
        }
        return i < line.length && line[i] == '[';
    }

    private static void assertAlive() throws Exception {
        HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + service.port() + "/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }
}
