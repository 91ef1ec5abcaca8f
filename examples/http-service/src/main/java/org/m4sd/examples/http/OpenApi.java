package org.m4sd.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.m4sd.sdk.SdkVersion;
import org.m4sd.sdk.json.M4sdJson;

/**
 * The service's OpenAPI 3.1 document. Its component schemas are the JSON Schemas sdk-core publishes under
 * {@code org/m4sd/sdk/schema/}, embedded unchanged: each keeps its {@code $id}, so its internal references and
 * its references to the other schemas resolve as JSON Schema 2020-12 (the dialect of OpenAPI 3.1) says.
 */
final class OpenApi {
    /** Component name to the schema resource it is read from. */
    static final Map<String, String> SCHEMAS = Map.of(
            "EligibilityRequest", "request.schema.json",
            "Decision", "decision.schema.json",
            "DecisionSet", "decision-set.schema.json",
            "BatchLine", "batch-line.schema.json");
    private static final String SCHEMA_BASE = "org/m4sd/sdk/schema/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OpenApi() {
    }

    /** The document as JSON text. */
    static String document(ServiceOptions options) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("openapi", "3.1.0");
        root.put("jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema");
        root.putObject("info").put("title", "M4SD Rules SDK HTTP service").put("version", SdkVersion.version())
                .put("description", "Eligibility decisions with a reason for every criterion, under the M4SD rule "
                        + "packs. Request and decision bodies follow the SDK's JSON Schemas.")
                .putObject("license").put("name", "Apache-2.0").put("identifier", "Apache-2.0");
        root.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = root.putObject("paths");

        ObjectNode decisions = paths.putObject("/v1/decisions").putObject("post");
        decisions.put("operationId", "decide").put("summary", "Decide one request, or a JSON array of requests");
        ObjectNode body = decisions.putObject("requestBody").put("required", true).putObject("content")
                .putObject("application/json");
        ArrayNode oneOf = body.putObject("schema").putArray("oneOf");
        oneOf.addObject().put("$ref", "#/components/schemas/EligibilityRequest");
        oneOf.addObject().put("type", "array").put("maxItems", options.maxRequestsPerCall())
                .putObject("items").put("$ref", "#/components/schemas/EligibilityRequest");
        ObjectNode responses = decisions.putObject("responses");
        ArrayNode answer = responses.putObject("200").put("description", "The decision set, or one per request in "
                + "the order sent").putObject("content").putObject("application/json").putObject("schema")
                .putArray("oneOf");
        answer.addObject().put("$ref", "#/components/schemas/DecisionSet");
        answer.addObject().put("type", "array").putObject("items").put("$ref", "#/components/schemas/DecisionSet");
        errorResponse(responses, "400", "Invalid input: every problem, each with its JSON path; nothing was decided");
        errorResponse(responses, "413", "The body is larger than " + options.maxBodyBytes() + " bytes, or the array "
                + "holds more than " + options.maxRequestsPerCall() + " requests");

        ObjectNode batch = paths.putObject("/v1/decisions:batch").putObject("post");
        batch.put("operationId", "decideBatch").put("summary", "Decide a JSONL batch, streamed")
                .put("description", "One request per line in; one result line per input line out, in order. A line "
                        + "that cannot be read or decided gets an error line in its place; the batch goes on.");
        batch.putObject("requestBody").put("required", true).putObject("content").putObject("application/x-ndjson")
                .putObject("schema").put("type", "string").put("description", "Lines, each an EligibilityRequest");
        ObjectNode batchResponses = batch.putObject("responses");
        batchResponses.putObject("200").put("description", "Lines, each a BatchLine").putObject("content")
                .putObject("application/x-ndjson").putObject("schema").put("type", "string")
                .put("description", "Lines, each a BatchLine (#/components/schemas/BatchLine)");
        errorResponse(batchResponses, "413", "The batch is larger than " + options.maxBatchBytes() + " bytes");

        ObjectNode packs = paths.putObject("/v1/rule-packs").putObject("get");
        packs.put("operationId", "rulePacks").put("summary", "Rule packs, determinations and parameters in force");
        packs.putArray("parameters").addObject().put("name", "asOf").put("in", "query")
                .put("description", "Date of the parameter values shown (default today)")
                .putObject("schema").put("type", "string").put("format", "date");
        ObjectNode packResponses = packs.putObject("responses");
        packResponses.putObject("200").put("description", "The packs").putObject("content")
                .putObject("application/json").putObject("schema").put("type", "object");
        errorResponse(packResponses, "400", "asOf is not a date");

        paths.putObject("/v1/openapi.json").putObject("get").put("operationId", "openApi")
                .put("summary", "This document").putObject("responses").putObject("200")
                .put("description", "OpenAPI 3.1");
        paths.putObject("/health").putObject("get").put("operationId", "health").put("summary", "Liveness")
                .putObject("responses").putObject("200").put("description", "{\"status\":\"UP\"}");

        ObjectNode schemas = root.putObject("components").putObject("schemas");
        SCHEMAS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> schemas.set(e.getKey(), schema(e.getValue())));
        ObjectNode errors = schemas.putObject("Errors").put("type", "object");
        errors.putArray("required").add("errors");
        ObjectNode item = errors.putObject("properties").putObject("errors").put("type", "array").putObject("items")
                .put("type", "object");
        item.putArray("required").add("path").add("message");
        ObjectNode props = item.putObject("properties");
        props.putObject("path").put("type", "string");
        props.putObject("message").put("type", "string");
        try {
            return MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void errorResponse(ObjectNode responses, String status, String description) {
        responses.putObject(status).put("description", description).putObject("content")
                .putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Errors");
    }

    /** A schema shipped by sdk-core. */
    static JsonNode schema(String file) {
        try (InputStream in = M4sdJson.class.getClassLoader().getResourceAsStream(SCHEMA_BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("sdk-core does not ship " + SCHEMA_BASE + file);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
