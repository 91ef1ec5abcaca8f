package org.m4sd.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.m4sd.rules.RulePacks;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.Limits;
import org.m4sd.sdk.PackBundleException;
import org.m4sd.sdk.SdkVersion;
import org.m4sd.sdk.json.JsonlBatch;
import org.m4sd.sdk.json.M4sdJson;

/**
 * The service's OpenAPI 3.1 document. Its component schemas are the JSON Schemas sdk-core publishes under
 * {@code org/m4sd/sdk/schema/}, made self-contained as integrators' tools (swagger-parser, openapi-generator,
 * Redocly) need: each schema's {@code $defs} become component schemas of their own, every {@code $ref} (to a
 * {@code $defs} entry or to another schema file) is rewritten to {@code #/components/schemas/...}, and
 * {@code $id}, {@code $schema} and {@code $defs} are dropped. Every operation has an example request and response,
 * computed when the document is built by the same engine and reader that serve the requests, and its 4xx
 * responses, as {@link Problem}s.
 *
 * <p>{@link #main} writes the document to a file; the build does so and generates a Java client from it.
 */
final class OpenApi {
    /** Component name to the schema resource it is read from. */
    static final Map<String, String> SCHEMAS = orderedSchemas();
    private static final String SCHEMA_BASE = "org/m4sd/sdk/schema/";
    private static final String REF_BASE = "#/components/schemas/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The request the examples decide: an older worker's pension and emergency care in Ecuador. */
    static final String EXAMPLE_REQUEST = """
            {"requestId":"c-001","asOf":"2023-06-30","jurisdiction":"ECU","locale":"es",
             "determinations":["health.emergency-care","social-security.old-age-pension"],
             "person":{"id":"pseudonymous-7f3a","birthDate":"1958-04-02","sex":"F","nationality":"VEN",
               "migratoryStatus":"IRREGULAR","presentInTerritory":true,"residenceMonths":40,
               "contributionPeriods":[{"country":"VEN","from":"1985-03-01","to":"2000-12-31"},
                                      {"country":"ECU","from":"2001-01-01","to":"2015-12-31"}]}}""";
    /** A second request, for the array example: a child's schooling. */
    static final String EXAMPLE_REQUEST_2 = """
            {"requestId":"c-002","asOf":"2023-06-30","jurisdiction":"ECU","determinations":["education.public-school"],
             "person":{"id":"pseudonymous-91c2","birthDate":"2015-09-14","nationality":"COL",
               "migratoryStatus":"IRREGULAR","presentInTerritory":true}}""";
    /** An invalid request, for the 400 example: an impossible date and a field the contract does not have. */
    static final String EXAMPLE_INVALID = """
            {"requestId":"c-003","asOf":"2023-02-30","jurisdiction":"ECU",
             "person":{"id":"pseudonymous-0b7d","favouriteColour":"blue"}}""";

    /** The patch examples: the first example request without the birth date, and the answer to its question. */
    static final String EXAMPLE_MERGE_PATCH = "{\"person\":{\"birthDate\":\"1958-04-02\"}}";
    static final String EXAMPLE_JSON_PATCH = "[{\"op\":\"add\",\"path\":\"/person/birthDate\",\"value\":\"1958-04-02\"}]";

    private OpenApi() {
    }

    private static Map<String, String> orderedSchemas() {
        Map<String, String> schemas = new LinkedHashMap<>();
        schemas.put("EligibilityRequest", "request.schema.json");
        schemas.put("Decision", "decision.schema.json");
        schemas.put("DecisionSet", "decision-set.schema.json");
        schemas.put("BatchLine", "batch-line.schema.json");
        return schemas;
    }

    /** Writes the document for the default options to the file named by {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: OpenApi OUTPUT_FILE");
        }
        ServiceOptions options = ServiceOptions.defaults();
        try (EligibilityEngine engine = EligibilityEngine.create(options.engine())) {
            Path out = Path.of(args[0]);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, document(options, engine, RulePacks.load()));
        }
    }

    /** The document as JSON text; the examples are decided by {@code engine}. */
    static String document(ServiceOptions options, EligibilityEngine engine, RulePacks packs) {
        M4sdJson json = M4sdJson.create(options.engine().limits());
        ObjectNode root = MAPPER.createObjectNode();
        root.put("openapi", "3.1.0");
        root.put("jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema");
        root.putObject("info").put("title", "M4SD Rules SDK HTTP service").put("version", SdkVersion.version())
                .put("description", description(options))
                .putObject("license").put("name", "Apache-2.0").put("identifier", "Apache-2.0");
        root.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = root.putObject("paths");

        // POST /v1/decisions
        ObjectNode decisions = paths.putObject("/v1/decisions").putObject("post");
        decisions.put("operationId", "decide").put("summary", "Decide one request, or a JSON array of requests")
                .put("description", "Body: one EligibilityRequest, or a JSON array of at most "
                        + options.maxRequestsPerCall() + ", as application/json (UTF-8; a missing Content-Type is "
                        + "read as JSON), at most " + size(options.maxBodyBytes()) + ". When any request is invalid "
                        + "nothing is decided and the answer lists every error with its JSON path ($[i]... for the "
                        + "i-th request of an array).");
        ObjectNode body = decisions.putObject("requestBody").put("required", true).putObject("content")
                .putObject("application/json");
        ArrayNode oneOf = body.putObject("schema").putArray("oneOf");
        oneOf.addObject().put("$ref", REF_BASE + "EligibilityRequest");
        oneOf.addObject().put("type", "array").put("minItems", 1).put("maxItems", options.maxRequestsPerCall())
                .putObject("items").put("$ref", REF_BASE + "EligibilityRequest");
        ObjectNode requestExamples = body.putObject("examples");
        requestExamples.putObject("one").put("summary", "One request").set("value", tree(EXAMPLE_REQUEST));
        requestExamples.putObject("array").put("summary", "An array of requests")
                .set("value", MAPPER.createArrayNode().add(tree(EXAMPLE_REQUEST)).add(tree(EXAMPLE_REQUEST_2)));

        ObjectNode responses = decisions.putObject("responses");
        ObjectNode decided = responses.putObject("200").put("description", "The decision set, or one per request "
                + "in the order sent").putObject("content").putObject("application/json");
        ArrayNode answer = decided.putObject("schema").putArray("oneOf");
        answer.addObject().put("$ref", REF_BASE + "DecisionSet");
        answer.addObject().put("type", "array").putObject("items").put("$ref", REF_BASE + "DecisionSet");
        JsonNode set1 = tree(json.writeDecisionSet(engine.evaluate(json.readRequest(EXAMPLE_REQUEST))));
        JsonNode set2 = tree(json.writeDecisionSet(engine.evaluate(json.readRequest(EXAMPLE_REQUEST_2))));
        ObjectNode answerExamples = decided.putObject("examples");
        answerExamples.putObject("one").put("summary", "The decision set of one request").set("value", set1);
        answerExamples.putObject("array").put("summary", "One decision set per request, in order")
                .set("value", MAPPER.createArrayNode().add(set1).add(set2));
        String decisionsPath = "/v1/decisions";
        problemResponse(responses, "400", "Invalid input: every problem, each with its JSON path; nothing was "
                + "decided. Also a body that cannot be received (truncated, malformed chunked encoding)",
                invalidExample(json), decisionsPath);
        problemResponse(responses, "413", "The body is larger than " + size(options.maxBodyBytes())
                + ", or the array holds more than " + options.maxRequestsPerCall() + " requests",
                Problem.tooLarge("the body is larger than the limit of " + options.maxBodyBytes() + " bytes"),
                decisionsPath);
        problemResponse(responses, "415", "The body is not application/json, or not UTF-8",
                Problem.unsupportedMediaType("POST /v1/decisions reads application/json (one request or a JSON "
                        + "array of requests; for JSON Lines use POST /v1/decisions:batch), not text/plain",
                        String.join(", ", HttpService.JSON_TYPES)), decisionsPath);

        // POST /v1/decisions:batch
        String batchPath = "/v1/decisions:batch";
        ObjectNode batch = paths.putObject(batchPath).putObject("post");
        batch.put("operationId", "decideBatch").put("summary", "Decide a JSONL batch")
                .put("description", "One request per line in (UTF-8; a byte order mark and CRLF accepted; a blank "
                        + "line is an error line), one result line per input line out, in order: a BatchLine with "
                        + "the decisions, or with the errors that stopped the line from being decided; the batch "
                        + "goes on. Media types: " + String.join(", ", HttpService.JSONL_TYPES) + "; a missing "
                        + "Content-Type is read as JSON Lines. The whole body, at most " + size(options.maxBatchBytes())
                        + ", is read before the answer starts; each line at most "
                        + size(options.engine().limits().maxBatchLineBytes()) + ".");
        ObjectNode batchContent = batch.putObject("requestBody").put("required", true).putObject("content");
        String batchIn = String.join("\n", EXAMPLE_REQUEST.replace("\n", ""), EXAMPLE_REQUEST_2.replace("\n", ""),
                EXAMPLE_INVALID.replace("\n", "")) + "\n";
        for (String type : HttpService.JSONL_TYPES) {
            ObjectNode media = batchContent.putObject(type);
            media.putObject("schema").put("type", "string").put("description", "Lines, each an EligibilityRequest");
            if (type.equals(HttpService.JSONL_TYPES.get(0))) {
                media.put("example", batchIn);
            }
        }
        ObjectNode batchResponses = batch.putObject("responses");
        batchResponses.putObject("200").put("description", "Lines, each a BatchLine, one per input line")
                .putObject("content").putObject("application/x-ndjson").put("example", batchOut(engine, batchIn))
                .putObject("schema").put("type", "string")
                .put("description", "Lines, each a BatchLine (" + REF_BASE + "BatchLine)");
        problemResponse(batchResponses, "400", "The body cannot be received (it ends before its Content-Length, "
                + "its chunked transfer encoding is malformed)", Problem.malformedBody("the body could not be "
                + "received: it ends before the length it declared, or its chunked transfer encoding is malformed"),
                batchPath);
        problemResponse(batchResponses, "413", "The batch is larger than " + size(options.maxBatchBytes()),
                Problem.tooLarge("the batch is larger than the limit of " + options.maxBatchBytes() + " bytes"),
                batchPath);
        problemResponse(batchResponses, "415", "The body is not JSON Lines, or not UTF-8",
                Problem.unsupportedMediaType("POST /v1/decisions:batch reads " + String.join(" or ",
                        HttpService.JSONL_TYPES) + " (JSON Lines, one request per line; for one request or a JSON "
                        + "array use POST /v1/decisions), not application/json",
                        String.join(", ", HttpService.JSONL_TYPES)), batchPath);

        // POST /v1/decisions:patch
        String patchPath = "/v1/decisions:patch";
        ObjectNode patch = paths.putObject(patchPath).putObject("post");
        patch.put("operationId", "decidePatched").put("summary", "Answer the questions: patch a request and decide")
                .put("description", "Stateless: the body holds the request the client has and the answers to the "
                        + "questions of its undetermined decisions, as a JSON Merge Patch (RFC 7386, the "
                        + "application/merge-patch+json document, in mergePatch: each answer at its question's path) "
                        + "or a JSON Patch (RFC 6902, the application/json-patch+json document, in jsonPatch). The "
                        + "patch is applied, and the patched request is read and decided exactly as a fresh request "
                        + "to POST /v1/decisions is: the same limits (" + size(options.maxBodyBytes()) + " for the "
                        + "body and for the patched request, 413) and the same validation (400, every error at the "
                        + "request's own JSON path). The answer holds the patched request, to send with the next "
                        + "answers, and its decision set. A patch that cannot be applied is 400 naming the operation "
                        + "($.jsonPatch[i]).");
        ObjectNode patchBody = patch.putObject("requestBody").put("required", true).putObject("content")
                .putObject("application/json");
        patchBody.putObject("schema").put("$ref", REF_BASE + "PatchCall");
        ObjectNode base = (ObjectNode) tree(EXAMPLE_REQUEST);
        ((ObjectNode) base.get("person")).remove("birthDate");
        ObjectNode patchExamples = patchBody.putObject("examples");
        ObjectNode mergeCall = MAPPER.createObjectNode();
        mergeCall.set("request", base);
        mergeCall.set("mergePatch", tree(EXAMPLE_MERGE_PATCH));
        patchExamples.putObject("mergePatch").put("summary", "The answer as a JSON Merge Patch").set("value",
                mergeCall);
        ObjectNode jsonPatchCall = MAPPER.createObjectNode();
        jsonPatchCall.set("request", base);
        jsonPatchCall.set("jsonPatch", tree(EXAMPLE_JSON_PATCH));
        patchExamples.putObject("jsonPatch").put("summary", "The answer as a JSON Patch").set("value",
                jsonPatchCall);
        ObjectNode patchResponses = patch.putObject("responses");
        ObjectNode patchedMedia = patchResponses.putObject("200").put("description", "The patched request and its "
                + "decision set").putObject("content").putObject("application/json");
        patchedMedia.putObject("schema").put("$ref", REF_BASE + "PatchedDecisions");
        ObjectNode patchedExample = MAPPER.createObjectNode();
        JsonNode patchedRequest = RequestPatch.merge(base, tree(EXAMPLE_MERGE_PATCH));
        patchedExample.set("request", patchedRequest);
        patchedExample.set("decisionSet", tree(json.writeDecisionSet(engine.evaluate(
                json.readRequest(patchedRequest.toString())))));
        patchedMedia.set("example", patchedExample);
        problemResponse(patchResponses, "400", "Invalid input: the call (no request, both patches or neither), an "
                + "operation that cannot be applied ($.jsonPatch[i]), or the patched request (every error at its "
                + "JSON path); nothing was decided", Problem.invalidRequest(List.of(
                        org.m4sd.sdk.FieldError.of("$.person.birthDate", "birthDate (2024-01-01) is after asOf "
                                + "(2023-06-30)"))), patchPath);
        problemResponse(patchResponses, "413", "The body, or the patched request, is larger than "
                + size(options.maxBodyBytes()), Problem.tooLarge("the patched request is larger than the limit of "
                        + options.maxBodyBytes() + " bytes"), patchPath);
        problemResponse(patchResponses, "415", "The body is not application/json, or not UTF-8",
                Problem.unsupportedMediaType("POST /v1/decisions:patch reads application/json, not "
                        + "application/merge-patch+json", String.join(", ", HttpService.JSON_TYPES)), patchPath);

        // GET /v1/rule-packs
        String packsPath = "/v1/rule-packs";
        ObjectNode rulePacks = paths.putObject(packsPath).putObject("get");
        rulePacks.put("operationId", "rulePacks").put("summary", "Rule packs, determinations and parameters in force");
        rulePacks.putArray("parameters").addObject().put("name", "asOf").put("in", "query").put("required", false)
                .put("description", "Date of the parameter values shown, YYYY-MM-DD (default today)")
                .put("example", "2023-06-30")
                .putObject("schema").put("type", "string").put("format", "date");
        ObjectNode packResponses = rulePacks.putObject("responses");
        ObjectNode packsExample = HttpService.rulePacks(packs, LocalDate.of(2023, 6, 30), MAPPER);
        for (String list : List.of("packs", "determinations", "parameters")) {
            ArrayNode all = (ArrayNode) packsExample.get(list);
            while (all.size() > 2) {
                all.remove(all.size() - 1);
            }
        }
        ObjectNode packsMedia = packResponses.putObject("200")
                .put("description", "The packs, determinations and parameters in force").putObject("content")
                .putObject("application/json");
        packsMedia.putObject("schema").put("$ref", REF_BASE + "RulePacks");
        packsMedia.set("example", packsExample);
        problemResponse(packResponses, "400", "asOf is not a date",
                Problem.badQuery("asOf", "must be a date written YYYY-MM-DD, got \"yesterday\""), packsPath);

        // POST /v1/admin/packs:reload
        String reloadPath = HttpService.RELOAD;
        ObjectNode reload = paths.putObject(reloadPath).putObject("post");
        reload.put("operationId", "reloadPacks").put("summary", "Rebuild the engine from the packs directory")
                .put("description", "An admin call, with no body. Builds a new engine from the bundles in the "
                        + "directory the service was started with (--packs DIR: each subdirectory, .zip or .jar file, "
                        + "in name order) and swaps it in for the requests that arrive from then on; a request already "
                        + "started finishes on the engine it started with, which is closed after the last of them. "
                        + "A bundle that is refused (unsigned, unknown key, tampered with, another SDK version, "
                        + "an invalid file, a missing base pack) is 409 with its refusal class and reason, and the "
                        + "engine in service goes on serving unchanged: nothing falls back to the shipped packs. "
                        + "With --admin-token-file the call needs Authorization: Bearer <token>; without it the "
                        + "call is answered to loopback clients only.");
        ObjectNode reloadResponses = reload.putObject("responses");
        ObjectNode reloaded = reloadResponses.putObject("200").put("description", "The engine was rebuilt: the "
                + "packs it decides with").putObject("content").putObject("application/json");
        reloaded.putObject("schema").put("$ref", REF_BASE + "PacksInUse");
        reloaded.set("example", packsInUseExample());
        problemResponse(reloadResponses, "401", "An admin token is set and the call did not send it",
                Problem.unauthorized(reloadPath + " needs the admin token: send Authorization: Bearer <the token in "
                        + "--admin-token-file>"), reloadPath);
        problemResponse(reloadResponses, "403", "No admin token is set and the call came from another address "
                + "than loopback", Problem.forbidden(reloadPath + " is answered to loopback clients only; start "
                        + "the service with --admin-token-file to call it from elsewhere"), reloadPath);
        problemResponse(reloadResponses, "409", "A bundle was refused (refusal, bundle, reason and file say which "
                + "and why), or the directory or a trusted key cannot be read; the packs in service are unchanged",
                Problem.packsRefused(new PackBundleException("/srv/m4sd/packs/gha", PackBundleException.Refusal
                        .FILE_CHANGED, "socialsecurity.json has SHA-256 " + "3f1c".repeat(16) + ", MANIFEST says "
                        + "9ab0".repeat(16), "socialsecurity.json")), reloadPath);

        // GET /v1/openapi.json and GET /health
        ObjectNode openApi = paths.putObject("/v1/openapi.json").putObject("get");
        openApi.put("operationId", "openApi").put("summary", "This document");
        ObjectNode openApiDoc = openApi.putObject("responses").putObject("200").put("description", "OpenAPI 3.1")
                .putObject("content").putObject("application/json");
        openApiDoc.putObject("schema").put("type", "object");
        openApiDoc.putObject("example").put("openapi", "3.1.0").putObject("info")
                .put("title", "M4SD Rules SDK HTTP service").put("version", SdkVersion.version());
        ObjectNode health = paths.putObject("/health").putObject("get");
        health.put("operationId", "health").put("summary", "Liveness: UP once the engine is built, and the packs "
                + "it decides with");
        ObjectNode up = health.putObject("responses").putObject("200").put("description", "The service is up")
                .putObject("content").putObject("application/json");
        up.putObject("schema").put("$ref", REF_BASE + "Health");
        ObjectNode healthExample = MAPPER.createObjectNode().put("status", "UP");
        healthExample.setAll(packsInUseExample());
        up.set("example", healthExample);

        ObjectNode schemas = root.putObject("components").putObject("schemas");
        schemas.setAll(componentSchemas());
        schemas.set("Problem", problemSchema());
        schemas.set("RulePacks", rulePacksSchema());
        schemas.setAll(patchSchemas());
        schemas.set("PacksInUse", packsInUseSchema(false));
        schemas.set("PackInUse", packInUseSchema());
        schemas.set("Health", packsInUseSchema(true));
        try {
            return MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String description(ServiceOptions options) {
        Limits limits = options.engine().limits();
        return "Eligibility decisions with a reason for every criterion, under the M4SD rule packs. Request and "
                + "decision bodies follow the SDK's JSON Schemas.\n\n"
                + "Errors are RFC 9457 problem details (application/problem+json, schema Problem): 400 invalid or "
                + "unreadable body (every field error in `errors`, with its JSON path), 404 unknown path, 405 a "
                + "method the path does not answer (with Allow), 413 over a limit, 415 a body of another media "
                + "type or charset (with Accept), 401 and 403 an admin call without the admin token or from "
                + "another address than loopback, 409 a reload refused (a pack bundle refused, with its refusal "
                + "class and reason; the packs in service unchanged), 431 request headers over 8 KiB, 500 a fault of the service; OPTIONS "
                + "answers 204 with Allow. A batch line that cannot be decided "
                + "is answered by an error line in the batch, not by an error status.\n\n"
                + "Limits: POST /v1/decisions body " + size(options.maxBodyBytes()) + " and "
                + options.maxRequestsPerCall() + " requests per array (413); POST /v1/decisions:patch body and "
                + "patched request " + size(options.maxBodyBytes()) + " each (413); POST /v1/decisions:batch body "
                + size(options.maxBatchBytes()) + " (413). Each request at most " + size(limits.maxDocumentBytes())
                + ", each batch line at most " + size(limits.maxBatchLineBytes()) + ", nesting depth "
                + limits.maxNestingDepth() + ", strings of " + limits.maxStringLength() + " characters, numbers of "
                + limits.maxNumberLength() + " characters, " + limits.maxListSize() + " elements per array; over "
                + "these a request is invalid (400 naming the limit, or an error line in a batch).";
    }

    /** {@code n} bytes in words: "4 MiB (4194304 bytes)". */
    static String size(long n) {
        if (n >= (1 << 20) && n % (1 << 20) == 0) {
            return n / (1 << 20) + " MiB (" + n + " bytes)";
        }
        if (n >= 1024 && n % 1024 == 0) {
            return n / 1024 + " KiB (" + n + " bytes)";
        }
        return n + " bytes";
    }

    private static Problem invalidExample(M4sdJson json) {
        try {
            json.readRequest(EXAMPLE_INVALID);
        } catch (InvalidRequestException e) {
            return Problem.invalidRequest(e.errors());
        }
        throw new IllegalStateException("the invalid example request was read without error");
    }

    private static String batchOut(EligibilityEngine engine, String in) {
        StringWriter out = new StringWriter();
        JsonlBatch.run(engine, new StringReader(in), out);
        return out.toString();
    }

    private static void problemResponse(ObjectNode responses, String status, String description, Problem example,
            String path) {
        ObjectNode media = responses.putObject(status).put("description", description).putObject("content")
                .putObject(Problem.MEDIA_TYPE);
        media.putObject("schema").put("$ref", REF_BASE + "Problem");
        media.set("example", tree(example.toJson(MAPPER, path)));
    }

    private static ObjectNode problemSchema() {
        ObjectNode problem = MAPPER.createObjectNode().put("type", "object")
                .put("description", "RFC 9457 problem details, with every problem of the request in errors.");
        problem.putArray("required").add("type").add("title").add("status").add("detail").add("instance")
                .add("errors");
        ObjectNode props = problem.putObject("properties");
        props.putObject("type").put("type", "string").put("format", "uri-reference").put("description",
                "The kind of problem: " + Problem.INVALID_REQUEST + " for invalid input, about:blank otherwise.");
        props.putObject("title").put("type", "string").put("description", "The kind of problem, in words.");
        props.putObject("status").put("type", "integer").put("description", "The HTTP status.");
        props.putObject("detail").put("type", "string").put("description", "What is wrong with this request.");
        props.putObject("instance").put("type", "string").put("description", "The request's path.");
        ObjectNode item = props.putObject("errors").put("type", "array")
                .put("description", "Each problem with the value at its JSON path (or query parameter); empty "
                        + "when the problem is not about a value, as for 404, 405 and 415.")
                .putObject("items").put("type", "object");
        item.putArray("required").add("path").add("message");
        ObjectNode itemProps = item.putObject("properties");
        itemProps.putObject("path").put("type", "string")
                .put("description", "JSON path of the offending value ($ for the whole body), or the query parameter");
        itemProps.putObject("message").put("type", "string").put("description", "What is wrong, in plain words.");
        ArrayNode refusals = props.putObject("refusal").put("type", "string").put("description", "For a reload "
                + "refused because of a bundle (type " + Problem.PACKS_REFUSED + "): the class of refusal.")
                .putArray("enum");
        for (PackBundleException.Refusal r : PackBundleException.Refusal.values()) {
            refusals.add(r.name());
        }
        props.putObject("bundle").put("type", "string").put("description", "For a refused bundle: its path.");
        props.putObject("reason").put("type", "string").put("description", "For a refused bundle: why.");
        props.putObject("file").put("type", "string").put("description", "For a refusal about one file of a "
                + "bundle: the file.");
        return problem;
    }

    /** The call of POST /v1/decisions:patch, its JSON Patch operations and its answer. */
    private static Map<String, JsonNode> patchSchemas() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        ObjectNode call = MAPPER.createObjectNode().put("type", "object").put("description", "A request and a "
                + "patch to it: mergePatch or jsonPatch; the other may be left out or sent empty.").put("additionalProperties", false);
        call.putArray("required").add("request");
        ObjectNode props = call.putObject("properties");
        props.putObject("request").put("type", "object").put("description", "The request the client holds, an "
                + "EligibilityRequest; only the patched request is validated, so it may lack what the patch adds.");
        props.putObject("mergePatch").put("type", "object").put("description", "A JSON Merge Patch (RFC 7386, "
                + "application/merge-patch+json): each member replaces the request's, null removes it, objects "
                + "merge member by member.");
        props.putObject("jsonPatch").put("type", "array").put("description", "A JSON Patch (RFC 6902, "
                + "application/json-patch+json), applied in order; paths are JSON pointers (RFC 6901).")
                .putObject("items").put("$ref", REF_BASE + "JsonPatchOperation");
        out.put("PatchCall", call);
        ObjectNode operation = MAPPER.createObjectNode().put("type", "object")
                .put("description", "One JSON Patch operation (RFC 6902 section 4).");
        operation.putArray("required").add("op").add("path");
        ObjectNode opProps = operation.putObject("properties");
        ArrayNode ops = opProps.putObject("op").put("type", "string").putArray("enum");
        List.of("add", "remove", "replace", "move", "copy", "test").forEach(ops::add);
        opProps.putObject("path").put("type", "string").put("description", "JSON pointer of the target, such as "
                + "/person/birthDate");
        opProps.putObject("from").put("type", "string").put("description", "JSON pointer of the source, for move "
                + "and copy");
        opProps.putObject("value").put("description", "The value, for add, replace and test");
        out.put("JsonPatchOperation", operation);
        ObjectNode answer = MAPPER.createObjectNode().put("type", "object");
        answer.putArray("required").add("request").add("decisionSet");
        ObjectNode answerProps = answer.putObject("properties");
        answerProps.putObject("request").put("$ref", REF_BASE + "EligibilityRequest");
        answerProps.putObject("decisionSet").put("$ref", REF_BASE + "DecisionSet");
        out.put("PatchedDecisions", answer);
        return out;
    }

    /** An engine's packs as {@code /health} and a reload answer them: two packs, the second a signed bundle. */
    private static ObjectNode packsInUseExample() {
        ObjectNode root = MAPPER.createObjectNode().put("loadedAt", "2026-12-05T09:30:00Z");
        ArrayNode packs = root.putArray("packs");
        packs.addObject().put("id", "international").put("version", "1.1.0").put("sha256", "5e0a".repeat(16));
        packs.addObject().put("id", "gha").put("version", "0.1.0").put("sha256", "c41d".repeat(16))
                .put("signingKeyId", "3b0e6b3c8d1f2a47");
        return root;
    }

    /** {@code PacksInUse}, or with {@code health} the {@code Health} answer: status, then the same members. */
    private static ObjectNode packsInUseSchema(boolean health) {
        ObjectNode schema = MAPPER.createObjectNode().put("type", "object").put("description", health
                ? "UP, when the engine in service was built and the packs it decides with"
                : "When the engine in service was built and the packs it decides with");
        ArrayNode required = schema.putArray("required");
        ObjectNode props = schema.putObject("properties");
        if (health) {
            required.add("status");
            props.putObject("status").put("type", "string").putArray("enum").add("UP");
        }
        required.add("loadedAt").add("packs");
        props.putObject("loadedAt").put("type", "string").put("format", "date-time");
        props.putObject("packs").put("type", "array").put("description", "The international pack first, then the "
                + "shipped overlays, then the bundles in load order").putObject("items")
                .put("$ref", REF_BASE + "PackInUse");
        return schema;
    }

    private static ObjectNode packInUseSchema() {
        ObjectNode pack = MAPPER.createObjectNode().put("type", "object").put("description", "A pack as decisions "
                + "name it in rulePack");
        pack.putArray("required").add("id").add("version").add("sha256");
        ObjectNode props = pack.putObject("properties");
        props.putObject("id").put("type", "string");
        props.putObject("version").put("type", "string");
        props.putObject("sha256").put("type", "string").put("pattern", "^[0-9a-f]{64}$");
        props.putObject("signingKeyId").put("type", "string").put("pattern", "^([0-9a-f]{16}|unsigned)$")
                .put("description", "For a pack loaded from a bundle: the id of the key that signed it, or "
                        + "unsigned for an unsigned bundle accepted with --accept-unsigned; absent for a shipped "
                        + "pack");
        return pack;
    }

    private static ObjectNode rulePacksSchema() {
        ObjectNode schema = MAPPER.createObjectNode().put("type", "object");
        schema.putArray("required").add("asOf").add("packs").add("determinations").add("parameters");
        ObjectNode props = schema.putObject("properties");
        props.putObject("asOf").put("type", "string").put("format", "date");
        ObjectNode pack = props.putObject("packs").put("type", "array").putObject("items").put("type", "object");
        pack.putArray("required").add("id").add("version").add("sha256").add("jurisdiction").add("name")
                .add("description");
        ObjectNode packProps = pack.putObject("properties");
        for (String name : List.of("id", "version", "sha256", "name", "description")) {
            packProps.putObject(name).put("type", "string");
        }
        packProps.putObject("jurisdiction").putArray("type").add("string").add("null");
        ObjectNode determination = props.putObject("determinations").put("type", "array").putObject("items")
                .put("type", "object");
        determination.putArray("required").add("id").add("kind").add("sector").add("statusNeutral");
        ObjectNode detProps = determination.putObject("properties");
        for (String name : List.of("id", "kind", "sector")) {
            detProps.putObject(name).put("type", "string");
        }
        detProps.putObject("statusNeutral").put("type", "boolean");
        ObjectNode parameter = props.putObject("parameters").put("type", "array").putObject("items")
                .put("type", "object");
        parameter.putArray("required").add("pack").add("name").add("unit").add("value").add("validFrom")
                .add("source");
        ObjectNode parProps = parameter.putObject("properties");
        for (String name : List.of("pack", "name", "unit")) {
            parProps.putObject(name).put("type", "string");
        }
        parProps.putObject("value").put("description", "The value in force: a number, a string, a list or an object");
        parProps.putObject("validFrom").put("type", "string").put("format", "date");
        parProps.putObject("validTo").put("type", "string").put("format", "date");
        ObjectNode source = parProps.putObject("source").put("type", "object");
        source.putArray("required").add("instrument").add("article").add("status");
        ObjectNode sourceProps = source.putObject("properties");
        sourceProps.putObject("instrument").put("type", "string");
        sourceProps.putObject("article").put("type", "string");
        sourceProps.putObject("status").put("type", "string").putArray("enum").add("V").add("S").add("B");
        return schema;
    }

    /**
     * The SDK's schemas as component schemas with no {@code $id} and no {@code $defs}: each {@code $defs} entry
     * becomes a component named after it (capitalised; prefixed with its schema's name when another schema has a
     * different entry of that name), a schema that is only a reference to one of its entries becomes that entry,
     * and every reference points into {@code #/components/schemas/}. A reference that cannot be rewritten fails.
     */
    static Map<String, JsonNode> componentSchemas() {
        Map<String, ObjectNode> roots = new LinkedHashMap<>();
        Map<String, String> byFile = new LinkedHashMap<>();
        SCHEMAS.forEach((name, file) -> {
            roots.put(name, (ObjectNode) schema(file).deepCopy());
            byFile.put(file, name);
        });
        // name every $defs entry
        Map<String, Map<String, String>> defNames = new LinkedHashMap<>();
        Map<String, JsonNode> taken = new LinkedHashMap<>();
        roots.keySet().forEach(name -> taken.put(name, null));
        roots.forEach((owner, root) -> {
            Map<String, String> names = new LinkedHashMap<>();
            defNames.put(owner, names);
            JsonNode defs = root.path("$defs");
            String onlyRef = onlyReference(root);
            for (Iterator<String> it = defs.fieldNames(); it.hasNext(); ) {
                String def = it.next();
                JsonNode node = defs.get(def);
                String name = capitalised(def);
                if (("#/$defs/" + def).equals(onlyRef)) {
                    names.put(def, owner); // the schema is this entry
                } else if (!taken.containsKey(name) || (taken.get(name) != null && taken.get(name).equals(node)
                        && !node.toString().contains("\"$ref\""))) {
                    names.put(def, name);
                    taken.put(name, node);
                } else {
                    names.put(def, owner + name);
                }
            }
        });
        Map<String, JsonNode> out = new LinkedHashMap<>();
        roots.forEach((owner, root) -> {
            ObjectNode defs = root.has("$defs") ? (ObjectNode) root.get("$defs") : MAPPER.createObjectNode();
            root.remove(List.of("$schema", "$id", "$defs"));
            Map<String, String> names = defNames.get(owner);
            ObjectNode component = root;
            String onlyRef = onlyReference(root);
            if (onlyRef != null && onlyRef.startsWith("#/$defs/")) {
                ObjectNode entry = (ObjectNode) defs.remove(onlyRef.substring("#/$defs/".length()));
                component = entry.deepCopy();
                if (root.has("title")) {
                    component.set("title", root.get("title"));
                }
            }
            out.put(owner, rewrite(component, names, byFile, owner));
            for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = names.get(e.getKey());
                if (!out.containsKey(name)) {
                    out.put(name, rewrite(e.getValue().deepCopy(), names, byFile, owner));
                }
            }
        });
        return out;
    }

    /** The target of a schema that is a {@code $ref} and annotations only, else null. */
    private static String onlyReference(JsonNode schema) {
        if (!schema.has("$ref")) {
            return null;
        }
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!List.of("$ref", "$schema", "$id", "$defs", "$comment", "title", "description").contains(field)) {
                return null;
            }
        }
        return schema.get("$ref").asText();
    }

    private static JsonNode rewrite(JsonNode node, Map<String, String> names, Map<String, String> byFile,
            String owner) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("$ref") && e.getValue().isTextual()) {
                    e.setValue(object.textNode(reference(e.getValue().asText(), names, byFile, owner)));
                } else {
                    rewrite(e.getValue(), names, byFile, owner);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> rewrite(child, names, byFile, owner));
        }
        return node;
    }

    private static String reference(String ref, Map<String, String> names, Map<String, String> byFile, String owner) {
        if (ref.startsWith(REF_BASE)) {
            return ref;
        }
        if (ref.startsWith("#/$defs/") && names.containsKey(ref.substring("#/$defs/".length()))) {
            return REF_BASE + names.get(ref.substring("#/$defs/".length()));
        }
        int hash = ref.indexOf('#');
        String file = (hash < 0 ? ref : ref.substring(0, hash));
        file = file.substring(file.lastIndexOf('/') + 1);
        String target = byFile.get(file);
        if (target != null && hash < 0) {
            return REF_BASE + target;
        }
        // a reference into another schema's $defs: the SDK's schemas have none, so it is not rewritten
        throw new IllegalStateException("schema " + owner + ": cannot rewrite $ref " + ref + " into "
                + REF_BASE + "...");
    }

    private static String capitalised(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A schema shipped by sdk-core. */
    static JsonNode schema(String file) {
        try (InputStream in = M4sdJson.class.getClassLoader().getResourceAsStream(SCHEMA_BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("sdk-core does not ship " + SCHEMA_BASE + file);
            }
            return MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
