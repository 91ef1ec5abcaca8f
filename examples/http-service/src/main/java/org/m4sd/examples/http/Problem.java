package org.m4sd.examples.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.PackBundleException;

/**
 * An error answer, written as RFC 9457 problem details ({@code application/problem+json}): {@code type},
 * {@code title}, {@code status}, {@code detail}, {@code instance} (the request's path) and the extension
 * {@code errors}, every problem with the JSON path of the value it is about (empty when the problem is not about
 * the body, as for 404, 405 and 415). Thrown by a handler; {@link HttpService} writes it.
 *
 * <p>Only invalid input, {@link #INVALID_REQUEST}, and a reload refused for the bundles in the packs directory,
 * {@link #PACKS_REFUSED} (with the extension members {@code refusal}, {@code bundle}, {@code reason} and
 * {@code file}), have a type of their own; every other problem is {@code about:blank} with the status's reason
 * phrase as its title, as RFC 9457 asks.
 */
final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The media type of every error answer. */
    static final String MEDIA_TYPE = "application/problem+json";
    /** The type of a request that was read and found invalid: {@code errors} names every field. */
    static final String INVALID_REQUEST =
            "https://github.com/m4sd/m4sd-rules-sdk/blob/main/docs/DECISION-CONTRACT.md#errors";
    /** The type of a reload refused because of the bundles in the packs directory. */
    static final String PACKS_REFUSED =
            "https://github.com/m4sd/m4sd-rules-sdk/blob/main/docs/PACK-BUNDLES.md#refusals";
    /** A problem with no meaning beyond its status code. */
    static final String BLANK = "about:blank";

    final int status;
    final String type;
    final String title;
    final transient List<FieldError> errors;
    final transient Map<String, String> headers;
    /** Extension members written after {@code errors}, in this order. */
    final transient Map<String, String> members;

    private Problem(int status, String type, String title, String detail, List<FieldError> errors,
            Map<String, String> headers) {
        this(status, type, title, detail, errors, headers, Map.of());
    }

    private Problem(int status, String type, String title, String detail, List<FieldError> errors,
            Map<String, String> headers, Map<String, String> members) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
        this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /** 400: the body was read and is not a valid request; nothing was decided. */
    static Problem invalidRequest(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).path() + ": " + errors.get(0).message()
                : errors.size() + " problems in the request; each is listed in errors, with its path";
        return new Problem(400, INVALID_REQUEST, "Invalid request", detail, errors, Map.of());
    }

    /** 400: a query parameter that cannot be read. */
    static Problem badQuery(String parameter, String message) {
        return new Problem(400, INVALID_REQUEST, "Invalid request", parameter + ": " + message,
                List.of(FieldError.of(parameter, message)), Map.of());
    }

    /** 400: the body could not be received (truncated, malformed chunked encoding ...). */
    static Problem malformedBody(String detail) {
        return new Problem(400, BLANK, "Bad Request", detail, List.of(FieldError.of("$", detail)), Map.of());
    }

    /** 404: no such path. */
    static Problem notFound(String path, Collection<String> paths) {
        return new Problem(404, BLANK, "Not Found", "there is no resource at " + path + "; the service answers "
                + String.join(", ", paths), List.of(), Map.of());
    }

    /** 405: a known path asked with a method it does not answer; {@code Allow} lists those it does. */
    static Problem methodNotAllowed(String method, String path, String allowed) {
        return new Problem(405, BLANK, "Method Not Allowed", path + " does not answer " + method + "; use "
                + allowed, List.of(), Map.of("Allow", allowed));
    }

    /** 413: the body, or the number of requests in it, is over a limit. */
    static Problem tooLarge(String detail) {
        return new Problem(413, BLANK, "Content Too Large", detail, List.of(FieldError.of("$", detail)), Map.of());
    }

    /** 415: a body whose media type the endpoint does not read; {@code Accept} lists those it does. */
    static Problem unsupportedMediaType(String detail, String accepted) {
        return new Problem(415, BLANK, "Unsupported Media Type", detail, List.of(), Map.of("Accept", accepted));
    }

    /** Any other status, as Javalin or Jetty reported it. */
    static Problem of(int status, String title, String detail) {
        return new Problem(status, BLANK, title, detail, List.of(), Map.of());
    }

    /** 401: an admin call without the admin token, or with another; {@code WWW-Authenticate} names the scheme. */
    static Problem unauthorized(String detail) {
        return new Problem(401, BLANK, "Unauthorized", detail, List.of(), Map.of("WWW-Authenticate",
                "Bearer realm=\"m4sd-admin\""));
    }

    /** 403: an admin call from a client the service does not answer admin calls from. */
    static Problem forbidden(String detail) {
        return new Problem(403, BLANK, "Forbidden", detail, List.of(), Map.of());
    }

    /**
     * 409: the packs directory holds a bundle that is refused; the engine in service keeps serving. The members
     * {@code refusal}, {@code bundle}, {@code reason} and (for a refusal about one file) {@code file} repeat the
     * refusal's parts.
     */
    static Problem packsRefused(PackBundleException e) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("refusal", e.refusal().name());
        members.put("bundle", e.bundle());
        members.put("reason", e.reason());
        e.file().ifPresent(f -> members.put("file", f));
        return new Problem(409, PACKS_REFUSED, "Pack bundle refused", e.getMessage() + "; the packs in service "
                + "are unchanged", List.of(), Map.of(), members);
    }

    /**
     * 409: no engine could be built from the packs directory for another reason than a refused bundle (the
     * directory or a trusted key cannot be read, no directory was given); the engine in service keeps serving.
     */
    static Problem packsNotLoaded(String detail) {
        return new Problem(409, BLANK, "Conflict", detail + "; the packs in service are unchanged", List.of(),
                Map.of());
    }

    /** 500: a fault of the service, never of the request; the detail says nothing of its cause. */
    static Problem internal() {
        return new Problem(500, BLANK, "Internal Server Error", "the service failed to answer; the request may be "
                + "sent again", List.of(), Map.of());
    }

    /** The problem as JSON, for a request to {@code instance}. */
    String toJson(ObjectMapper mapper, String instance) {
        ObjectNode root = mapper.createObjectNode();
        root.put("type", type).put("title", title).put("status", status).put("detail", getMessage())
                .put("instance", instance);
        ArrayNode list = root.putArray("errors");
        errors.forEach(e -> list.addObject().put("path", e.path()).put("message", e.message()));
        members.forEach(root::put);
        return root.toString();
    }

    /** No stack trace: a problem is an answer, not a fault. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
