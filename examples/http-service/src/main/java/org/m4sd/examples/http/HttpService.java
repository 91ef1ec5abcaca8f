package org.m4sd.examples.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.m4sd.rules.RulePacks;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.json.JsonlBatch;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK over HTTP.
 *
 * <ul>
 *   <li>{@code POST /v1/decisions}: one request (a JSON object) or several (a JSON array of objects); answers
 *       the decision set, or an array of them in the same order. 400 with every field error when any request
 *       is invalid (nothing is decided then), 413 when the body is larger than the limit.</li>
 *   <li>{@code POST /v1/decisions:batch}: a JSONL body, one request per line; answers JSONL, one result
 *       line per input line, in order, with an error line in place of each bad line. The whole body is read
 *       (up to the batch limit; in a temporary file beyond 8 MiB) before the answer starts, so a client that
 *       sends everything before reading never deadlocks. Lines are read as the CLI reads them.</li>
 *   <li>{@code GET /v1/rule-packs}: the packs, the determinations they implement and the parameters in force
 *       ({@code ?asOf=YYYY-MM-DD}, default today).</li>
 *   <li>{@code GET /v1/openapi.json}: the OpenAPI 3.1 description, whose schemas are the SDK's JSON Schemas.</li>
 *   <li>{@code GET /health}: {@code {"status":"UP"}} once the engine is built.</li>
 * </ul>
 * The access log names method, path, status and time only: never a body, a query or a client address, so
 * no personal data reaches it.
 */
public final class HttpService implements AutoCloseable {
    private static final Logger ACCESS = LoggerFactory.getLogger("org.m4sd.examples.http.access");
    private static final String JSON = "application/json";
    private static final String JSONL = "application/x-ndjson";

    private final EligibilityEngine engine;
    private final M4sdJson json;
    private final ObjectMapper mapper;
    private final RulePacks packs;
    private final ServiceOptions options;
    private final byte[] openApi;
    private final Javalin app;

    private HttpService(ServiceOptions options, Consumer<String> accessLog) {
        this.options = options;
        this.engine = EligibilityEngine.create(options.engine());
        this.json = M4sdJson.create(options.engine().limits());
        this.mapper = new ObjectMapper();
        this.mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(options.engine().limits().maxNestingDepth() + 1)
                .maxStringLength(options.engine().limits().maxStringLength())
                .maxNumberLength(options.engine().limits().maxNumberLength())
                .maxDocumentLength(options.maxBodyBytes()).build());
        this.packs = RulePacks.load();
        this.openApi = OpenApi.document(options).getBytes(StandardCharsets.UTF_8);
        this.app = Javalin.create(config -> {
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.http.maxRequestSize = options.maxBatchBytes();
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.requestLogger.http((ctx, ms) -> accessLog.accept(String.format("%s %s %d %.0fms",
                    ctx.method(), ctx.path(), ctx.status().getCode(), ms)));
            config.routes.post("/v1/decisions", this::decisions);
            config.routes.post("/v1/decisions:batch", this::batch);
            config.routes.get("/v1/rule-packs", this::rulePacks);
            config.routes.get("/v1/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
            config.routes.get("/health", ctx -> ctx.contentType(JSON).result("{\"status\":\"UP\"}"));
            config.routes.exception(TooLarge.class, (e, ctx) -> error(ctx, 413, List.of(FieldError.of("$",
                    e.getMessage()))));
            config.routes.exception(InvalidRequestException.class, (e, ctx) -> error(ctx, 400, e.errors()));
            config.routes.exception(BadQuery.class, (e, ctx) -> error(ctx, 400, List.of(e.error)));
        });
    }

    /** Builds the engine and starts serving; {@link #port()} tells the port when 0 was asked. */
    public static HttpService start(ServiceOptions options) {
        return start(options, ACCESS::info);
    }

    /** As {@link #start(ServiceOptions)}, with the access log going to {@code accessLog}. */
    public static HttpService start(ServiceOptions options, Consumer<String> accessLog) {
        HttpService service = new HttpService(options, accessLog);
        service.app.start();
        return service;
    }

    /** The port the service listens on. */
    public int port() {
        return app.port();
    }

    /** Stops serving and releases the engine. */
    @Override
    public void close() {
        app.stop();
        engine.close();
    }

    /**
     * Runs the service until the process is stopped. Options: {@code --port N} (default 8080), {@code --host H}
     * (default 127.0.0.1), {@code --max-body-bytes N}, {@code --max-batch-bytes N}.
     */
    public static void main(String[] args) {
        ServiceOptions options = ServiceOptions.fromArgs(args);
        HttpService service = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "m4sd-http-shutdown"));
        LoggerFactory.getLogger(HttpService.class).info("M4SD HTTP service listening on http://{}:{}/",
                options.host(), service.port());
    }

    private void decisions(Context ctx) throws IOException {
        byte[] body = readLimited(ctx, options.maxBodyBytes());
        if (!startsArray(body)) {
            // one request: read as a batch line is read (strict UTF-8, a byte order mark, blank text)
            EligibilityRequest request = json.readRequest(body);
            ctx.contentType(JSON).result(json.writeDecisionSet(engine.evaluate(request)));
            return;
        }
        JsonNode root;
        try {
            // strict UTF-8 and the SDK's plain messages for malformed JSON, then the array's elements
            json.canonicalize(strictUtf8(body));
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(List.of(FieldError.of("$", "the body is not a well-formed JSON array")));
        }
        if (root.size() > options.maxRequestsPerCall()) {
            throw new TooLarge("the array holds " + root.size() + " requests; at most "
                    + options.maxRequestsPerCall() + " are decided per call: use POST /v1/decisions:batch");
        }
        List<EligibilityRequest> requests = new ArrayList<>(root.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            try {
                requests.add(json.readRequest(mapper.writeValueAsBytes(root.get(i))));
            } catch (InvalidRequestException e) {
                for (FieldError error : e.errors()) {
                    errors.add(FieldError.of("$[" + i + "]" + error.path().substring(1), error.message()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        List<DecisionSet> decided = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            try {
                decided.add(engine.evaluate(requests.get(i)));
            } catch (InvalidRequestException e) {
                for (FieldError error : e.errors()) {
                    errors.add(FieldError.of("$[" + i + "]" + error.path().substring(1), error.message()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < decided.size(); i++) {
            out.append(i == 0 ? "" : ",").append(json.writeDecisionSet(decided.get(i)));
        }
        ctx.contentType(JSON).result(out.append(']').toString());
    }

    private void batch(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > options.maxBatchBytes()) {
            throw new TooLarge("the batch is " + declared + " bytes; the limit is " + options.maxBatchBytes());
        }
        // The whole body is read before the first answer line is written: a client that sends everything
        // before reading would otherwise wait on a server waiting on it, both until the idle timeout.
        try (BodySpool body = BodySpool.read(ctx.req().getInputStream(), options.maxBatchBytes());
                InputStream in = body.open()) {
            ctx.status(200).contentType(JSONL);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8),
                    64 * 1024)) {
                JsonlBatch.run(engine, in, out);
            }
        }
    }

    private void rulePacks(Context ctx) throws IOException {
        LocalDate day = LocalDate.now();
        String asOf = ctx.queryParam("asOf");
        if (asOf != null) {
            try {
                day = LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                throw new BadQuery(FieldError.of("asOf", "must be a date written YYYY-MM-DD, got \"" + asOf + "\""));
            }
        }
        ObjectNode root = mapper.createObjectNode();
        root.put("asOf", day.toString());
        ArrayNode list = root.putArray("packs");
        for (RulePacks.PackInfo p : packs.packs()) {
            ObjectNode n = list.addObject().put("id", p.ref().id()).put("version", p.ref().version())
                    .put("sha256", p.ref().sha256());
            p.jurisdiction().ifPresentOrElse(j -> n.put("jurisdiction", j), () -> n.putNull("jurisdiction"));
            n.put("name", p.name()).put("description", p.description());
        }
        ArrayNode determinations = root.putArray("determinations");
        for (Determination d : packs.determinations()) {
            determinations.addObject().put("id", d.id()).put("kind", d.kind().name()).put("sector", d.sector().name())
                    .put("statusNeutral", d.statusNeutral());
        }
        ArrayNode parameters = root.putArray("parameters");
        for (RulePacks.ParameterInForce p : packs.parameters(day)) {
            ObjectNode n = parameters.addObject().put("pack", p.packId()).put("name", p.name()).put("unit", p.unit());
            n.set("value", mapper.readTree(p.value()));
            n.put("validFrom", p.validFrom().toString());
            p.validTo().ifPresent(t -> n.put("validTo", t.toString()));
            n.putObject("source").put("instrument", p.source().instrument()).put("article", p.source().article())
                    .put("status", p.source().status().name());
        }
        ctx.contentType(JSON).result(mapper.writeValueAsString(root));
    }

    private void error(Context ctx, int status, List<FieldError> errors) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("errors");
        errors.forEach(e -> list.addObject().put("path", e.path()).put("message", e.message()));
        ctx.status(status).contentType(JSON).result(root.toString());
    }

    /** Whether the first byte after a byte order mark and whitespace opens an array. */
    private static boolean startsArray(byte[] body) {
        int i = body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF ? 3 : 0;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
            i++;
        }
        return i < body.length && body[i] == '[';
    }

    /** The body as text, refusing bytes that are not UTF-8 rather than replacing them. */
    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException(List.of(FieldError.of("$", "the body is not valid UTF-8; "
                    + "send it as UTF-8")));
        }
    }

    /** The body, at most {@code limit} bytes; more is a {@link TooLarge}. */
    private static byte[] readLimited(Context ctx, int limit) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw new TooLarge("the body is " + declared + " bytes; the limit is " + limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw new TooLarge("the body is larger than the limit of " + limit + " bytes");
            }
            return body;
        }
    }

    /** A body over the limit: 413. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /** A query parameter that cannot be read: 400. */
    static final class BadQuery extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient FieldError error;

        BadQuery(FieldError error) {
            super(error.toString());
            this.error = error;
        }
    }
}
