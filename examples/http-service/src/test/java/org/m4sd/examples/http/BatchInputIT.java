package org.m4sd.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.json.JsonlReader;
import org.m4sd.sdk.json.M4sdJson;

/**
 * The batch endpoint with a client that sends its whole body before reading, and the same damaged lines
 * answered alike by the single endpoint, the batch endpoint and the SDK's line reader (which the CLI and the
 * Spark job use).
 */
class BatchInputIT {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static HttpService service;

    static final String VALID = "{\"requestId\":\"r-%d\",\"asOf\":\"2023-06-30\",\"jurisdiction\":\"ECU\","
            + "\"determinations\":[\"health.emergency-care\"],\"person\":{\"id\":\"p-%d\",\"birthDate\":\"1958-04-02\","
            + "\"presentInTerritory\":true}}";

    @BeforeAll
    static void start() {
        service = HttpService.start(ServiceOptions.defaults().withPort(0), line -> { });
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static HttpResponse<String> post(String path, byte[] body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", path.endsWith(":batch") ? "application/x-ndjson" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTenMegabyteBatchSentBeforeReadingGetsOneAnswerPerLineInOrder() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream(11 << 20);
        int lines = 0;
        while (body.size() < 10_000_000) {
            lines++;
            String line = lines % 97 == 0 ? "{\"requestId\":\"bad-" + lines + "\"" : VALID.formatted(lines, lines);
            body.writeBytes((line + (lines % 2 == 0 ? "\r\n" : "\n")).getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = post("/v1/decisions:batch", body.toByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> answers = response.body().lines().toList();
        assertThat(answers).hasSize(lines);
        for (int i = 0; i < answers.size(); i++) {
            JsonNode answer = MAPPER.readTree(answers.get(i));
            assertThat(answer.path("line").asInt()).isEqualTo(i + 1);
            assertThat(answer.has("errors")).isEqualTo((i + 1) % 97 == 0);
        }
        assertThat(post("/v1/decisions:batch", (VALID.formatted(0, 0) + "\n").getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(200); // still serving
    }

    /** Damaged lines: one per kind of damage, each still a single line. */
    static List<byte[]> damagedLines() {
        String valid = VALID.formatted(1, 1);
        List<byte[]> lines = new ArrayList<>();
        lines.add(utf8(valid));
        lines.add(utf8("\uFEFF" + valid));
        lines.add(utf8("\uFEFF\uFEFF" + valid));
        lines.add(utf8(valid + "\r"));
        lines.add(utf8(""));
        lines.add(utf8("   \t"));
        lines.add(utf8(valid.replace("\"id\":\"p-1\"", "\"id\":\"p-1\",\"id\":\"p-2\"")));
        lines.add(utf8(valid.substring(0, valid.length() / 2)));
        lines.add(utf8(valid.substring(0, valid.length() - 1)));
        lines.add(utf8(valid.replace("true", "NaN")));
        lines.add(utf8(valid.replace("\"r-1\"", "r-1")));
        lines.add(utf8(valid + " {}"));
        lines.add(utf8(valid.replace("1958-04-02", "1958-02-30")));
        lines.add(utf8(valid.replace("\"ECU\"", "\"ZZZ\"")));
        lines.add(utf8("[" + valid + "]"));
        lines.add(utf8("42"));
        byte[] bad = utf8(valid.replace("p-1", "p-\u00e9"));
        for (int i = 0; i < bad.length; i++) {
            if (bad[i] == (byte) 0xC3) {
                bad[i] = (byte) 0xFF; // a byte UTF-8 never has
            }
        }
        lines.add(bad);
        lines.add(utf8(valid.replace("p-1", "p-\u00e9")).clone());
        byte[] truncatedChar = utf8(valid.replace("p-1", "p-\u00e9"));
        int at = indexOf(truncatedChar, (byte) 0xC3);
        byte[] cut = new byte[truncatedChar.length - 1];
        System.arraycopy(truncatedChar, 0, cut, 0, at + 1);
        System.arraycopy(truncatedChar, at + 2, cut, at + 1, truncatedChar.length - at - 2);
        lines.add(cut);
        return lines;
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameDamagedLineGetsTheSameAnswerOnEveryPath() throws Exception {
        List<byte[]> lines = damagedLines();
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            batch.writeBytes(line);
            batch.write('\n');
        }
        List<String> batchAnswers = post("/v1/decisions:batch", batch.toByteArray()).body().lines().toList();
        assertThat(batchAnswers).hasSize(lines.size());
        // the reader the CLI uses on a file, and the one-line reader the Spark job uses
        JsonlReader file = JsonlReader.of(new ByteArrayInputStream(batch.toByteArray()), M4sdJson.create());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode fromBatch = MAPPER.readTree(batchAnswers.get(i));
            JsonlReader.Entry fromFile = file.next();
            JsonlReader.Entry fromLine = JsonlReader.readLine(i + 1, lines.get(i), M4sdJson.create());
            HttpResponse<String> single = post("/v1/decisions", lines.get(i));
            String what = "line " + (i + 1) + ": " + new String(lines.get(i), StandardCharsets.UTF_8);
            assertThat(fromBatch.path("line").asInt()).as(what).isEqualTo(i + 1);
            assertThat(single.statusCode()).as(what).isLessThan(500);
            if (fromBatch.has("errors")) {
                assertThat(fromFile).as(what).isInstanceOf(JsonlReader.Entry.Rejected.class);
                assertThat(fromLine).as(what).isEqualTo(fromFile);
                List<String> expected = ((JsonlReader.Entry.Rejected) fromFile).result().errors().stream()
                        .map(e -> e.path() + ": " + e.message()).toList();
                assertThat(errors(fromBatch)).as(what).isEqualTo(expected);
                if (lines.get(i).length > 0 && lines.get(i)[0] == '[') {
                    assertThat(single.statusCode()).as(what).isEqualTo(200); // an array of one request
                } else {
                    assertThat(single.statusCode()).as(what).isEqualTo(400);
                    assertThat(errors(MAPPER.readTree(single.body()))).as(what).isEqualTo(expected);
                }
            } else {
                assertThat(fromFile).as(what).isInstanceOf(JsonlReader.Entry.Parsed.class);
                assertThat(fromLine).as(what).isInstanceOf(JsonlReader.Entry.Parsed.class);
                assertThat(single.statusCode()).as(what).isEqualTo(200);
                assertThat(MAPPER.readTree(single.body()).path("decisions"))
                        .isEqualTo(fromBatch.path("decisions"));
            }
        }
    }

    private static List<String> errors(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.path("errors").forEach(e -> out.add(e.path("path").asText() + ": " + e.path("message").asText()));
        return out;
    }
}
