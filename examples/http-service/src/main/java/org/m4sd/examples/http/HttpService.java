package org.m4sd.examples.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.m4sd.rules.RulePacks;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.M4sdException;
import org.m4sd.sdk.PackBundleException;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.RulePackRef;
import org.m4sd.sdk.json.JsonlBatch;
import org.m4sd.sdk.json.M4sdJson;
import org.m4sd.sdk.request.EligibilityRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK over HTTP.
 *
 * <ul>
 *   <li>{@code POST /v1/decisions}: one request (a JSON object) or several (a JSON array of objects), sent as
 *       {@code application/json}; answers the decision set, or an array of them in the same order. 400 with every
 *       field error when any request is invalid (nothing is decided then), 413 when the body is larger than the
 *       limit or the array holds too many requests.</li>
 *   <li>{@code POST /v1/decisions:batch}: a JSONL body ({@code application/x-ndjson} or another JSON Lines media
 *       type), one request per line; answers JSONL, one result line per input line, in order, with an error line
 *       in place of each bad line. The whole body is read (up to the batch limit; in a temporary file beyond
 *       8 MiB) before the answer starts, so a client that sends everything before reading never deadlocks.
 *       Lines are read as the CLI reads them.</li>
 *   <li>{@code POST /v1/decisions:patch}: a request and the answers to its questions as a patch, sent as
 *       {@code application/json}: {@code {"request": {...}, "mergePatch": {...}}} (JSON Merge Patch, RFC 7386) or
 *       {@code {"request": {...}, "jsonPatch": [...]}} (JSON Patch, RFC 6902). Stateless: the client sends the
 *       request it holds each time. The patched request is read and decided exactly as a fresh one sent to
 *       {@code POST /v1/decisions} (same limits, same validation, errors at the request's own paths); answers
 *       {@code {"request": <the patched request>, "decisionSet": {...}}}, so the client keeps the patched request
 *       for the next round. A patch that cannot be applied is 400 naming the operation.</li>
 *   <li>{@code GET /v1/rule-packs}: the packs, the determinations they implement and the parameters in force
 *       ({@code ?asOf=YYYY-MM-DD}, default today).</li>
 *   <li>{@code POST /v1/admin/packs:reload} (no body): with {@code --packs DIR}, builds a new engine from the
 *       bundles in the directory ({@link PackDirectory}) and swaps it in for the requests that arrive from then
 *       on; a request already started (its body being received, or being decided) finishes on the engine it
 *       started with, which is closed after the last of them. Answers the packs now in use. A bundle refused is
 *       409 with its refusal class and reason ({@link Problem#packsRefused}), and the engine in service goes on
 *       serving unchanged: nothing falls back to the shipped packs. An admin call: with {@code --admin-token-file}
 *       it needs {@code Authorization: Bearer <token>} (401), else it is answered to loopback clients only
 *       (403).</li>
 *   <li>{@code GET /v1/openapi.json}: the OpenAPI 3.1 description (see {@link OpenApi}).</li>
 *   <li>{@code GET /health}: {@code {"status":"UP", "loadedAt": ..., "packs": [...]}} once the engine is built:
 *       when the engine in service was built and its packs, each with id, version, content hash and, for a
 *       bundle, the id of the key that signed it.</li>
 * </ul>
 * Every error is answered as RFC 9457 problem details ({@link Problem}, {@code application/problem+json}): 400 for
 * a body that is invalid or cannot be received (truncated, malformed chunked encoding, not UTF-8), 404 for an
 * unknown path, 405 with {@code Allow} for a method a known path does not answer, 413 over a limit, 415 for a body
 * of another media type. A missing {@code Content-Type} is read as the endpoint's own type; a {@code charset}
 * other than UTF-8 is 415. Only the batch's per-line errors keep the batch line's form.
 *
 * <p>The access log names method, path, status and time only: never a body, a query or a client address, so
 * no personal data reaches it.
 */
public final class HttpService implements AutoCloseable {
    private static final Logger ACCESS = LoggerFactory.getLogger("org.m4sd.examples.http.access");
    private static final Logger LOG = LoggerFactory.getLogger(HttpService.class);
    private static final String JSON = "application/json";
    private static final String JSONL = "application/x-ndjson";
    /** The media types {@code POST /v1/decisions} reads. */
    static final List<String> JSON_TYPES = List.of(JSON);
    /** The media types {@code POST /v1/decisions:batch} reads: the names JSON Lines goes by. */
    static final List<String> JSONL_TYPES = List.of(JSONL, "application/ndjson", "application/jsonl",
            "application/x-jsonl", "application/x-jsonlines");
    /** Each path the service answers, with the methods it answers there ({@code Allow} of a 405). */
    static final Map<String, String> ROUTES = routes();
    /** The admin call that rebuilds the engine from the packs directory. */
    static final String RELOAD = "/v1/admin/packs:reload";

    /** The engine new requests are decided with; replaced whole by a reload. */
    private final AtomicReference<ServingEngine> serving = new AtomicReference<>();
    /** Reloads one at a time. */
    private final Object reloads = new Object();
    /** Engines built and not yet closed: the one in service and any retired one still deciding a request. */
    private final AtomicInteger enginesOpen = new AtomicInteger();
    private final Optional<String> adminToken;
    private final M4sdJson json;
    private final ObjectMapper mapper;
    /** As {@code mapper}, reading decimals exactly, so a patched request keeps the numbers the client sent. */
    private final ObjectMapper exactMapper;
    private final RulePacks packs;
    private final ServiceOptions options;
    private final byte[] openApi;
    private final Javalin app;

    private HttpService(ServiceOptions options, Consumer<String> accessLog) {
        this.options = options;
        this.adminToken = options.adminTokenFile().map(HttpService::readToken);
        ServingEngine first = build();
        this.serving.set(first);
        EligibilityEngine engine = first.engine;
        this.json = M4sdJson.create(options.engine().limits());
        this.mapper = new ObjectMapper();
        this.mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(options.engine().limits().maxNestingDepth() + 1)
                .maxStringLength(options.engine().limits().maxStringLength())
                .maxNumberLength(options.engine().limits().maxNumberLength())
                .maxDocumentLength(options.maxBodyBytes()).build());
        this.exactMapper = mapper.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        this.packs = RulePacks.load();
        this.openApi = OpenApi.document(options, engine, packs).getBytes(StandardCharsets.UTF_8);
        this.app = Javalin.create(config -> {
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems(mapper)));
            config.http.maxRequestSize = options.maxBatchBytes();
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.requestLogger.http((ctx, ms) -> accessLog.accept(String.format("%s %s %d %.0fms",
                    ctx.method(), ctx.path(), ctx.status().getCode(), ms)));
            config.routes.post("/v1/decisions", this::decisions);
            config.routes.post("/v1/decisions:batch", this::batch);
            config.routes.post("/v1/decisions:patch", this::patch);
            config.routes.get("/v1/rule-packs", this::rulePacks);
            config.routes.post(RELOAD, this::reload);
            config.routes.get("/v1/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
            config.routes.get("/health", this::health);
            config.routes.exception(Problem.class, (e, ctx) -> problem(ctx, e));
            config.routes.exception(InvalidRequestException.class,
                    (e, ctx) -> problem(ctx, Problem.invalidRequest(e.errors())));
            config.routes.exception(HttpResponseException.class, this::javalinResponse);
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                problem(ctx, Problem.internal());
            });
        });
    }

    /**
     * Builds the engine and starts serving; with a packs directory, a bundle that is refused stops the start with
     * its {@link PackBundleException}. {@link #port()} tells the port when 0 was asked.
     */
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
        ServingEngine current = serving.getAndSet(null);
        if (current != null) {
            current.release();
        }
    }

    /** Engines built and not yet closed: 1 while no retired engine is still deciding a request. */
    int enginesOpen() {
        return enginesOpen.get();
    }

    /** Requests holding the engine in service now (receiving their body or being decided). */
    int requestsOnCurrentEngine() {
        ServingEngine current = serving.get();
        return current == null ? 0 : current.holders() - 1;
    }

    /** An engine from the packs directory (or the options' own bundles without one), held by the service. */
    private ServingEngine build() {
        EngineOptions engineOptions = options.packs().map(dir -> PackDirectory.engineOptions(options.engine(), dir))
                .orElse(options.engine());
        EligibilityEngine engine = EligibilityEngine.create(engineOptions);
        enginesOpen.incrementAndGet();
        return new ServingEngine(engine, Instant.now(), enginesOpen::decrementAndGet);
    }

    /** The engine in service, held until {@link ServingEngine#release()}. */
    private ServingEngine acquire() {
        while (true) {
            ServingEngine current = serving.get();
            if (current == null) {
                throw new IllegalStateException("the service is closed");
            }
            if (current.acquire()) {
                return current;
            }
        }
    }

    /**
     * {@code POST /v1/admin/packs:reload}: a new engine from the packs directory, swapped in for new requests;
     * requests already started finish on the old engine, closed after the last of them. A bundle refused, or a
     * directory that cannot be read, is a 409 and the old engine goes on serving.
     */
    private void reload(Context ctx) throws IOException {
        authorizeAdmin(ctx);
        if (options.packs().isEmpty()) {
            throw Problem.packsNotLoaded("the service was started without --packs DIR: there is no packs directory "
                    + "to reload");
        }
        ServingEngine fresh;
        String answer;
        synchronized (reloads) {
            try {
                fresh = build();
            } catch (PackBundleException e) {
                LOG.warn("packs not reloaded: {}", e.getMessage());
                throw Problem.packsRefused(e);
            } catch (M4sdException | UncheckedIOException e) {
                LOG.warn("packs not reloaded: {}", e.getMessage());
                throw Problem.packsNotLoaded(e.getMessage());
            }
            ServingEngine old = serving.getAndSet(fresh);
            if (old == null) {
                fresh.release();
                throw new IllegalStateException("the service is closed");
            }
            old.release();
            // while it is surely the engine in service: a later reload may retire it as soon as the lock is free
            answer = mapper.writeValueAsString(packsInUse(fresh, mapper));
            LOG.info("packs reloaded from {}: {}", options.packs().get(), fresh.engine.rulePacks().stream()
                    .map(r -> r.id() + " " + r.version()).toList());
        }
        ctx.contentType(JSON).result(answer);
    }

    /** {@code GET /health}: UP, and the packs the engine in service decides with. */
    private void health(Context ctx) throws IOException {
        ServingEngine current = acquire();
        try {
            ObjectNode root = mapper.createObjectNode().put("status", "UP");
            root.setAll(packsInUse(current, mapper));
            ctx.contentType(JSON).result(mapper.writeValueAsString(root));
        } finally {
            current.release();
        }
    }

    /** When the engine was built and the packs it holds, with each pack's signing key when it is a bundle. */
    static ObjectNode packsInUse(ServingEngine engine, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode().put("loadedAt", engine.loadedAt.toString());
        ArrayNode list = root.putArray("packs");
        for (RulePackRef ref : engine.engine.rulePacks()) {
            ObjectNode pack = list.addObject().put("id", ref.id()).put("version", ref.version())
                    .put("sha256", ref.sha256());
            ref.signingKeyId().ifPresent(k -> pack.put("signingKeyId", k));
        }
        return root;
    }

    /**
     * Admin calls: with an admin token, only with {@code Authorization: Bearer <token>} (401 otherwise, from any
     * address); without one, from a loopback client only (403 otherwise).
     */
    private void authorizeAdmin(Context ctx) {
        if (adminToken.isPresent()) {
            String header = ctx.header("Authorization");
            String sent = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim()
                    : "";
            if (!MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                    adminToken.get().getBytes(StandardCharsets.UTF_8))) {
                throw Problem.unauthorized(ctx.path() + " needs the admin token: send Authorization: Bearer "
                        + "<the token in --admin-token-file>");
            }
            return;
        }
        if (!loopback(ctx.req().getRemoteAddr())) {
            throw Problem.forbidden(ctx.path() + " is answered to loopback clients only; start the service with "
                    + "--admin-token-file to call it from elsewhere");
        }
    }

    /** Whether {@code address} (a literal IP address) is a loopback address. */
    static boolean loopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The admin token: the file's text, trimmed; a file that cannot be read, or is blank, stops the start. */
    private static String readToken(Path file) {
        String token;
        try {
            token = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("--admin-token-file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (token.isEmpty()) {
            throw new IllegalArgumentException("--admin-token-file " + file + " is empty: write the token in it");
        }
        return token;
    }

    /**
     * Runs the service until the process is stopped; {@code --help} lists the options ({@link ServiceCommand}).
     * Exits 2 on a usage error and 3 when the service cannot start.
     */
    public static void main(String[] args) {
        ServiceCommand command = new ServiceCommand();
        int code = ServiceCommand.commandLine(command).execute(args);
        if (command.service == null) {
            System.exit(code); // --help, --version or an error; a running service keeps the process alive
        }
    }

    private static Map<String, String> routes() {
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("/v1/decisions", "POST");
        routes.put("/v1/decisions:batch", "POST");
        routes.put("/v1/decisions:patch", "POST");
        routes.put("/v1/rule-packs", "GET, HEAD");
        routes.put(RELOAD, "POST");
        routes.put("/v1/openapi.json", "GET, HEAD");
        routes.put("/health", "GET, HEAD");
        return Collections.unmodifiableMap(routes);
    }

    private void decisions(Context ctx) throws IOException {
        requireMediaType(ctx, JSON_TYPES, "one request or a JSON array of requests; for JSON Lines use "
                + "POST /v1/decisions:batch");
        ServingEngine current = acquire();
        try {
            decisions(ctx, current.engine);
        } finally {
            current.release();
        }
    }

    private void decisions(Context ctx, EligibilityEngine engine) throws IOException {
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
            throw Problem.tooLarge("the array holds " + root.size() + " requests; at most "
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

    /**
     * A request with a patch: the patch applied, the patched request read as a fresh one is (the body limit, the
     * reader's limits and validation) and decided. The envelope's own errors are at {@code $.request},
     * {@code $.mergePatch} or {@code $.jsonPatch[i]}; the patched request's at its own paths.
     */
    private void patch(Context ctx) throws IOException {
        requireMediaType(ctx, JSON_TYPES, "{\"request\": ..., \"mergePatch\": {...}} or {\"request\": ..., "
                + "\"jsonPatch\": [...]}");
        ServingEngine current = acquire();
        try {
            patch(ctx, current.engine);
        } finally {
            current.release();
        }
    }

    private void patch(Context ctx, EligibilityEngine engine) throws IOException {
        byte[] body = readLimited(ctx, options.maxBodyBytes());
        JsonNode root;
        try {
            root = exactMapper.readTree(strictUtf8(body));
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(List.of(FieldError.of("$", "the body is not well-formed JSON")));
        }
        JsonNode patched = patched(root);
        byte[] request = exactMapper.writeValueAsBytes(patched);
        if (request.length > options.maxBodyBytes()) {
            throw Problem.tooLarge("the patched request is " + request.length + " bytes; the limit is "
                    + options.maxBodyBytes());
        }
        DecisionSet decided = engine.evaluate(json.readRequest(request));
        ctx.contentType(JSON).result("{\"request\":" + new String(request, StandardCharsets.UTF_8)
                + ",\"decisionSet\":" + json.writeDecisionSet(decided) + "}");
    }

    /**
     * The envelope's request with its patch applied; every problem of the envelope at once. One of the two patches
     * holds the changes; the other may be left out or sent empty.
     */
    private static JsonNode patched(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidRequestException(List.of(FieldError.of("$", "the body is a JSON object with request "
                    + "and either mergePatch or jsonPatch")));
        }
        List<FieldError> errors = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!List.of("request", "mergePatch", "jsonPatch").contains(name)) {
                errors.add(FieldError.of("$." + name, "is not a member of a patch call: request, and mergePatch "
                        + "or jsonPatch"));
            }
        });
        JsonNode request = root.get("request");
        if (request == null || !request.isObject()) {
            errors.add(FieldError.of("$.request", "the request to patch is required, as a JSON object"));
        }
        JsonNode merge = root.get("mergePatch");
        JsonNode operations = root.get("jsonPatch");
        if (merge == null && operations == null) {
            errors.add(FieldError.of("$", "a patch is required: mergePatch (RFC 7386) or jsonPatch (RFC 6902)"));
        }
        if (merge != null && !merge.isObject()) {
            errors.add(FieldError.of("$.mergePatch", "a merge patch of a request is a JSON object"));
        }
        if (operations != null && !operations.isArray()) {
            errors.add(FieldError.of("$.jsonPatch", "a JSON Patch is an array of operations"));
        }
        // A client whose model always sends both members sends the one it does not use empty.
        if (errors.isEmpty() && merge != null && operations != null && merge.size() > 0 && operations.size() > 0) {
            errors.add(FieldError.of("$", "mergePatch and jsonPatch cannot both hold changes: send one"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        JsonNode patched = operations != null && (operations.size() > 0 || merge == null)
                ? RequestPatch.apply(request, (ArrayNode) operations, "$.jsonPatch")
                : RequestPatch.merge(request, merge);
        if (!patched.isObject()) {
            throw new InvalidRequestException(List.of(FieldError.of("$.jsonPatch", "the patched request is not a "
                    + "JSON object")));
        }
        return patched;
    }

    private void batch(Context ctx) throws IOException {
        requireMediaType(ctx, JSONL_TYPES, "JSON Lines, one request per line; for one request or a JSON array "
                + "use POST /v1/decisions");
        refuseDeclaredOver(ctx, options.maxBatchBytes(), "the batch");
        // The engine is the one in service when the call arrives: a reload while the body is received or decided
        // leaves this batch on it.
        ServingEngine current = acquire();
        try {
            batch(ctx, current.engine);
        } finally {
            current.release();
        }
    }

    private void batch(Context ctx, EligibilityEngine engine) throws IOException {
        // The whole body is read before the first answer line is written: a client that sends everything
        // before reading would otherwise wait on a server waiting on it, both until the idle timeout.
        try (BodySpool body = BodySpool.read(requestBody(ctx), options.maxBatchBytes());
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
                throw Problem.badQuery("asOf", "must be a date written YYYY-MM-DD, got \"" + asOf + "\"");
            }
        }
        ctx.contentType(JSON).result(mapper.writeValueAsString(rulePacks(packs, day, mapper)));
    }

    /** The answer of {@code GET /v1/rule-packs} for {@code day}. */
    static ObjectNode rulePacks(RulePacks packs, LocalDate day, ObjectMapper mapper) {
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
            try {
                n.set("value", mapper.readTree(p.value()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("parameter " + p.name() + " holds no JSON value", e);
            }
            n.put("validFrom", p.validFrom().toString());
            p.validTo().ifPresent(t -> n.put("validTo", t.toString()));
            n.putObject("source").put("instrument", p.source().instrument()).put("article", p.source().article())
                    .put("status", p.source().status().name());
        }
        return root;
    }

    /** Writes a problem as the answer. */
    private void problem(Context ctx, Problem problem) {
        problem.headers.forEach(ctx::header);
        ctx.status(problem.status).contentType(Problem.MEDIA_TYPE).result(problem.toJson(mapper, ctx.path()));
    }

    /**
     * Javalin's own answers, as problems: a path it has no handler for is 405 when the path is known (204 with
     * {@code Allow} for {@code OPTIONS}), else 404.
     */
    private void javalinResponse(HttpResponseException e, Context ctx) {
        if (e.getStatus() != 404 && e.getStatus() != 405) {
            HttpStatus status = HttpStatus.forStatus(e.getStatus());
            problem(ctx, Problem.of(e.getStatus(), status.getMessage(), e.getMessage() == null || e.getMessage()
                    .isBlank() ? status.getMessage() : e.getMessage()));
            return;
        }
        String path = ctx.path().length() > 1 && ctx.path().endsWith("/")
                ? ctx.path().substring(0, ctx.path().length() - 1) : ctx.path();
        String allowed = ROUTES.get(path);
        if (allowed == null) {
            problem(ctx, Problem.notFound(ctx.path(), ROUTES.keySet()));
        } else if (ctx.method() == HandlerType.OPTIONS) {
            ctx.status(204).header("Allow", allowed + ", OPTIONS");
        } else {
            problem(ctx, Problem.methodNotAllowed(ctx.method().name(), path, allowed));
        }
    }

    /**
     * A 415 unless the body's media type is one of {@code accepted}. Parameters are read leniently: any case,
     * {@code charset} UTF-8 (or US-ASCII, a subset) or none; another charset is refused, the body being read as
     * UTF-8. A request without {@code Content-Type} is read as the endpoint's own type.
     */
    private static void requireMediaType(Context ctx, List<String> accepted, String reads) {
        String header = ctx.header("Content-Type");
        if (header == null || header.isBlank()) {
            return;
        }
        String[] parts = header.split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        String endpoint = ctx.method().name() + " " + ctx.path();
        if (!accepted.contains(type)) {
            throw Problem.unsupportedMediaType(endpoint + " reads " + String.join(" or ", accepted) + " (" + reads
                    + "), not " + type, String.join(", ", accepted));
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("charset")) {
                String charset = parameter[1].trim().replace("\"", "").toLowerCase(Locale.ROOT);
                if (!List.of("utf-8", "utf8", "us-ascii").contains(charset)) {
                    throw Problem.unsupportedMediaType(endpoint + " reads UTF-8 text only, not charset=" + charset
                            + "; send the body as UTF-8", String.join(", ", accepted));
                }
            }
        }
    }

    /**
     * The request body. A failure while receiving it (the connection closed before the declared length, a
     * malformed chunk) is the client's: 400, never 500.
     */
    private static InputStream requestBody(Context ctx) throws IOException {
        return new FilterInputStream(ctx.req().getInputStream()) {
            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (IOException | RuntimeException e) {
                    throw unreceivable(e);
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return super.read(b, off, len);
                } catch (IOException | RuntimeException e) {
                    throw unreceivable(e);
                }
            }
        };
    }

    private static Problem unreceivable(Exception e) {
        LOG.debug("body not received", e);
        return Problem.malformedBody("the body could not be received: it ends before the length it declared, or "
                + "its chunked transfer encoding is malformed");
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

    /**
     * 413 for a body whose declared length is over {@code limit}. A body short enough to read and drop is read
     * first: closing a connection on unread bytes resets it, and a client still sending would then see no answer
     * at all instead of the 413. A longer body gets the reset anyway: reading part of it is waste.
     */
    private static void refuseDeclaredOver(Context ctx, long limit, String what) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            if (declared <= BodySpool.REFUSED_BYTES_READ) {
                try (InputStream in = requestBody(ctx)) {
                    BodySpool.discardRefused(in);
                }
            }
            throw Problem.tooLarge(what + " is " + declared + " bytes; the limit is " + limit);
        }
    }

    /** The body, at most {@code limit} bytes; more is 413. */
    private static byte[] readLimited(Context ctx, int limit) throws IOException {
        refuseDeclaredOver(ctx, limit, "the body");
        try (InputStream in = requestBody(ctx)) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                BodySpool.discardRefused(in);
                throw Problem.tooLarge("the body is larger than the limit of " + limit + " bytes");
            }
            return body;
        }
    }
}
