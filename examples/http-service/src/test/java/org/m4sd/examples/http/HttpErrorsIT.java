package org.m4sd.examples.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every class of error the service answers, as a user sees it: the status, {@code application/problem+json}, and
 * the detail and field errors (path and message) of RFC 9457 problem details. Malformed transfers are sent over a
 * raw socket, as no well-behaved client would send them.
 */
class HttpErrorsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BODY_LIMIT = 16 * 1024;
    private static final int BATCH_LIMIT = 64 * 1024;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String VALID = "{\"requestId\":\"e-1\",\"asOf\":\"2023-06-30\",\"jurisdiction\":\"ECU\","
            + "\"determinations\":[\"health.emergency-care\"],\"person\":{\"id\":\"p-1\",\"birthDate\":\"1958-04-02\","
            + "\"presentInTerritory\":true}}";
    private static HttpService service;

    @BeforeAll
    static void start() {
        service = HttpService.start(ServiceOptions.defaults().withPort(0).withLimits(BODY_LIMIT, BATCH_LIMIT),
                line -> { });
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static HttpResponse<String> send(String method, String path, String contentType, byte[] body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The problem details of an error answer, after checking its status and media type. */
    private static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isNotEmpty();
        assertThat(problem.path("title").asText()).isNotEmpty();
        assertThat(problem.path("errors").isArray()).isTrue();
        return problem;
    }

    @Test
    void aWrongMethodOnAKnownPathIs405WithAllow() throws Exception {
        HttpResponse<String> get = send("GET", "/v1/decisions", null, null);
        JsonNode problem = problem(get, 405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(problem.path("title").asText()).isEqualTo("Method Not Allowed");
        assertThat(problem.path("detail").asText()).isEqualTo("/v1/decisions does not answer GET; use POST");
        assertThat(problem.path("instance").asText()).isEqualTo("/v1/decisions");

        HttpResponse<String> delete = send("DELETE", "/v1/decisions:batch", null, null);
        problem(delete, 405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("POST");

        HttpResponse<String> post = send("POST", "/health", "application/json", "{}".getBytes(UTF_8));
        assertThat(problem(post, 405).path("detail").asText()).isEqualTo("/health does not answer POST; use GET, HEAD");
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");

        HttpResponse<String> options = send("OPTIONS", "/v1/rule-packs", null, null);
        assertThat(options.statusCode()).isEqualTo(204);
        assertThat(options.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(send("HEAD", "/health", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownPathIs404() throws Exception {
        JsonNode problem = problem(send("GET", "/v2/decisions", null, null), 404);
        assertThat(problem.path("type").asText()).isEqualTo("about:blank");
        assertThat(problem.path("title").asText()).isEqualTo("Not Found");
        assertThat(problem.path("detail").asText()).startsWith("there is no resource at /v2/decisions; the service "
                + "answers /v1/decisions, /v1/decisions:batch");
        assertThat(problem.path("instance").asText()).isEqualTo("/v2/decisions");
        problem(send("POST", "/v1/decision", "application/json", VALID.getBytes(UTF_8)), 404);
    }

    @Test
    void aBodyOfAnotherMediaTypeIs415() throws Exception {
        HttpResponse<String> text = send("POST", "/v1/decisions", "text/plain", VALID.getBytes(UTF_8));
        JsonNode problem = problem(text, 415);
        assertThat(text.headers().firstValue("Accept")).hasValue("application/json");
        assertThat(problem.path("detail").asText()).isEqualTo("POST /v1/decisions reads application/json (one "
                + "request or a JSON array of requests; for JSON Lines use POST /v1/decisions:batch), not text/plain");

        HttpResponse<String> form = send("POST", "/v1/decisions:batch", "application/x-www-form-urlencoded",
                (VALID + "\n").getBytes(UTF_8));
        assertThat(problem(form, 415).path("detail").asText()).startsWith("POST /v1/decisions:batch reads "
                + "application/x-ndjson or application/ndjson or application/jsonl")
                .endsWith("not application/x-www-form-urlencoded");
        assertThat(form.headers().firstValue("Accept").orElseThrow()).contains("application/x-ndjson");
        // a JSON body to the batch endpoint, a JSONL body to the single one
        problem(send("POST", "/v1/decisions:batch", "application/json", (VALID + "\n").getBytes(UTF_8)), 415);
        problem(send("POST", "/v1/decisions", "application/x-ndjson", VALID.getBytes(UTF_8)), 415);

        HttpResponse<String> latin1 = send("POST", "/v1/decisions", "application/json; charset=ISO-8859-1",
                VALID.getBytes(UTF_8));
        assertThat(problem(latin1, 415).path("detail").asText()).isEqualTo("POST /v1/decisions reads UTF-8 text "
                + "only, not charset=iso-8859-1; send the body as UTF-8");

        // lenient on case and charset; a missing Content-Type is read as the endpoint's own type
        assertThat(send("POST", "/v1/decisions", "Application/JSON; Charset=\"utf-8\"", VALID.getBytes(UTF_8))
                .statusCode()).isEqualTo(200);
        assertThat(send("POST", "/v1/decisions", null, VALID.getBytes(UTF_8)).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/v1/decisions:batch", "application/jsonl;charset=UTF-8",
                (VALID + "\n").getBytes(UTF_8)).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/v1/decisions:batch", null, (VALID + "\n").getBytes(UTF_8)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void malformedJsonIs400WithThePathAndAPlainMessage() throws Exception {
        JsonNode problem = problem(send("POST", "/v1/decisions", "application/json",
                "{\"requestId\":\"e-2\",\"asOf\":\"2023-06-30\",".getBytes(UTF_8)), 400);
        assertThat(problem.path("type").asText()).isEqualTo(Problem.INVALID_REQUEST);
        assertThat(problem.path("title").asText()).isEqualTo("Invalid request");
        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("path").asText()).isEqualTo("$.asOf");
        assertThat(error.path("message").asText()).contains("the text ends before the document is complete")
                .doesNotContain("end-of-input", "Jackson");
        assertThat(problem.path("detail").asText()).isEqualTo("$.asOf: " + error.path("message").asText());

        JsonNode array = problem(send("POST", "/v1/decisions", "application/json",
                ("[" + VALID + ",{\"requestId\":\"e-3\",\"asOf\":\"2023-02-30\"}]").getBytes(UTF_8)), 400);
        assertThat(array.path("errors").findValuesAsText("path")).contains("$[1].asOf")
                .noneMatch(p -> p.startsWith("$[0]"));
        assertThat(array.path("detail").asText()).endsWith("problems in the request; each is listed in errors, "
                + "with its path");

        JsonNode query = problem(send("GET", "/v1/rule-packs?asOf=yesterday", null, null), 400);
        assertThat(query.path("errors").get(0).path("path").asText()).isEqualTo("asOf");
        assertThat(query.path("errors").get(0).path("message").asText())
                .isEqualTo("must be a date written YYYY-MM-DD, got \"yesterday\"");
    }

    @Test
    void invalidUtf8Is400NamingTheByte() throws Exception {
        byte[] body = VALID.replace("p-1", "p-\u00e9").getBytes(UTF_8);
        int at = 0;
        while (body[at] != (byte) 0xC3) {
            at++;
        }
        body[at] = (byte) 0xFF;
        JsonNode problem = problem(send("POST", "/v1/decisions", "application/json", body), 400);
        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("path").asText()).isEqualTo("$");
        assertThat(error.path("message").asText()).isEqualTo("the text is not valid UTF-8: byte " + (at + 1)
                + " (0xFF) does not begin or continue a character; save the file as UTF-8");

        byte[] array = ("[" + new String(body, ISO_8859_1) + "]").getBytes(ISO_8859_1);
        JsonNode inArray = problem(send("POST", "/v1/decisions", "application/json", array), 400);
        assertThat(inArray.path("errors").get(0).path("message").asText()).contains("not valid UTF-8");
    }

    @Test
    void aMalformedChunkedBodyIs400() throws Exception {
        for (String path : new String[] {"/v1/decisions", "/v1/decisions:batch"}) {
            Raw raw = raw("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    .replace("application/json", path.endsWith("batch") ? "application/x-ndjson" : "application/json")
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + "10\r\n{\"requestId\":\"e-\r\nZZ\r\nnot a chunk\r\n0\r\n\r\n");
            assertThat(raw.status).as(raw.body).isEqualTo(400);
            assertThat(raw.headers.get("content-type")).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(raw.body);
            assertThat(problem.path("status").asInt()).isEqualTo(400);
            assertThat(problem.path("detail").asText()).contains("chunked transfer encoding is malformed");
        }
    }

    @Test
    void aBodyEndingBeforeItsDeclaredLengthIs400() throws Exception {
        Raw raw = raw("POST /v1/decisions:batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                + "Content-Length: 5000\r\nConnection: close\r\n\r\n" + VALID + "\n");
        assertThat(raw.status).as(raw.body).isEqualTo(400);
        assertThat(raw.headers.get("content-type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(raw.body);
        assertThat(problem.path("errors").get(0).path("path").asText()).isEqualTo("$");
        assertThat(problem.path("errors").get(0).path("message").asText())
                .isEqualTo("the body could not be received: it ends before the length it declared, or its chunked "
                        + "transfer encoding is malformed");
        assertThat(send("GET", "/health", null, null).statusCode()).isEqualTo(200); // still serving
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        byte[] big = ("[" + (VALID + ",").repeat(BODY_LIMIT / VALID.length() + 1) + VALID + "]").getBytes(UTF_8);
        JsonNode problem = problem(send("POST", "/v1/decisions", "application/json", big), 413);
        assertThat(problem.path("title").asText()).isEqualTo("Content Too Large");
        assertThat(problem.path("detail").asText()).isEqualTo("the body is " + big.length + " bytes; the limit is "
                + BODY_LIMIT);
        assertThat(problem.path("errors").get(0).path("path").asText()).isEqualTo("$");

        byte[] batch = (VALID + "\n").repeat(BATCH_LIMIT / VALID.length() + 1).getBytes(UTF_8);
        JsonNode batchProblem = problem(send("POST", "/v1/decisions:batch", "application/x-ndjson", batch), 413);
        assertThat(batchProblem.path("detail").asText()).isEqualTo("the batch is " + batch.length
                + " bytes; the limit is " + BATCH_LIMIT);

        // without Content-Length the limit holds as the body arrives
        Raw chunked = raw("POST /v1/decisions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(BODY_LIMIT + 1) + "\r\n" + " ".repeat(BODY_LIMIT + 1) + "\r\n0\r\n\r\n");
        assertThat(chunked.status).isEqualTo(413);
        assertThat(JSON.readTree(chunked.body).path("detail").asText())
                .isEqualTo("the body is larger than the limit of " + BODY_LIMIT + " bytes");
    }

    @Test
    void whatJettyRejectsBeforeTheServiceIsAProblemToo() throws Exception {
        Raw notHttp = raw("POST /v1/decisions HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n"
                + "Content-Length: 3\r\nConnection: close\r\n\r\n{}");
        assertThat(notHttp.status).as(notHttp.body).isEqualTo(400);
        assertThat(notHttp.headers.get("content-type")).startsWith("application/problem+json");
        assertThat(JSON.readTree(notHttp.body).path("detail").asText())
                .startsWith("the request could not be read as HTTP");

        Raw bigHeaders = raw("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "x".repeat(64 * 1024)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(bigHeaders.status).as(bigHeaders.body).isEqualTo(431);
        assertThat(bigHeaders.headers.get("content-type")).startsWith("application/problem+json");
        assertThat(JSON.readTree(bigHeaders.body).path("detail").asText())
                .isEqualTo("the request's headers are larger than the service accepts");
        assertThat(send("GET", "/health", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aBatchKeepsItsPerLineErrors() throws Exception {
        HttpResponse<String> response = send("POST", "/v1/decisions:batch", "application/x-ndjson",
                (VALID + "\n{\"requestId\":\n").getBytes(UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        JsonNode second = JSON.readTree(response.body().lines().toList().get(1));
        assertThat(second.path("line").asInt()).isEqualTo(2);
        assertThat(second.path("errors").get(0).path("path").asText()).isEqualTo("$.requestId");
        assertThat(second.has("status")).isFalse();
    }

    record Raw(int status, Map<String, String> headers, String body) {
    }

    /** Sends {@code request} as it is over a socket, then reads the answer to its end. */
    private static Raw raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", service.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(UTF_8));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).trim());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size = Integer.parseInt(line(in).trim(), 16); size > 0;
                        size = Integer.parseInt(line(in).trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
            } else if (headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            } else {
                body.write(in.readAllBytes());
            }
            return new Raw(Integer.parseInt(statusLine.split(" ")[1]), headers, body.toString(UTF_8));
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(ISO_8859_1);
    }
}
