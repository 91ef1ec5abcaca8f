package org.m4sd.sdk.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.apiguardian.api.API;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.Limits;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.internal.json.JsonCodec;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * Reads and writes the SDK's JSON contract: requests, decisions and decision sets, as published in the JSON
 * Schemas {@code org/m4sd/sdk/schema/request.schema.json} and {@code decision.schema.json}.
 *
 * <p>Reading is strict: an unknown property, a value of the wrong type, an unknown code or an impossible date
 * is an error, and every error of a document is reported at once, each with its JSON path (for example
 * {@code $.person.contributionPeriods[1].to}). Input is untrusted: documents are read under {@link Limits}.
 *
 * <p>Writing is deterministic: the same value always gives the same bytes, with fields in the documented
 * order, absent facts left out, lists always present and numbers written plainly, never with an exponent (a
 * {@code BigDecimal} of {@code 1E+3} is written {@code 1000} and reads back as {@code 1000}). Numbers keep the
 * scale they were written with, so {@code 1.50} reads back as {@code 1.50}; the {@link #inputSha256 input hash}
 * ignores such differences of spelling.
 *
 * <p>Instances are immutable and thread-safe; create one and share it.
 *
 * <pre>{@code
 * M4sdJson json = M4sdJson.create();
 * EligibilityRequest request = json.readRequest(body);     // throws InvalidRequestException listing every problem
 * String hash = json.inputSha256(request);                 // identifies the input, whatever its formatting
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class M4sdJson {
    private static final M4sdJson DEFAULT = new M4sdJson(Limits.defaults());

    private final JsonCodec codec;

    private M4sdJson(Limits limits) {
        this.codec = new JsonCodec(Objects.requireNonNull(limits, "limits is required"));
    }

    /** A codec with {@link Limits#defaults()}. */
    public static M4sdJson create() {
        return DEFAULT;
    }

    /** A codec reading under these limits. */
    public static M4sdJson create(Limits limits) {
        // identity first: a record's equals is bootstrapped on its first call, about 15 ms of a cold JVM
        return limits == Limits.defaults() || limits.equals(Limits.defaults()) ? DEFAULT : new M4sdJson(limits);
    }

    /** The limits documents are read under. */
    public Limits limits() {
        return codec.limits();
    }

    /**
     * Reads a request.
     *
     * @throws InvalidRequestException listing every problem found, each with its JSON path
     */
    public EligibilityRequest readRequest(String json) {
        return codec.readRequest(Objects.requireNonNull(json, "json is required"));
    }

    /**
     * Reads a request encoded in UTF-8. The bytes must be strict UTF-8 (a bad byte is an error naming its
     * position; nothing is replaced); one byte order mark at the start is skipped, and empty or blank text is an
     * error. This is how every entry point reads a request, so the same bytes get the same answer everywhere.
     *
     * @throws InvalidRequestException listing every problem found, each with its JSON path
     */
    public EligibilityRequest readRequest(byte[] json) {
        return codec.readRequest(Objects.requireNonNull(json, "json is required"));
    }

    /**
     * Reads a request from a JSON tree built without text (from the columns of a table, a message's fields):
     * the same checks, field paths and messages as {@link #readRequest(byte[])} on the tree's JSON text, with no
     * text written or parsed. The {@link Limits} a parser applies to text apply to the tree: nesting depth,
     * string and property-name length, number length (of the number's text, {@code 1E-60} for a
     * {@code BigDecimal} of that value) and document size (of the tree's compact UTF-8 text); the first one
     * exceeded is the one error, at the path a parser names. Build the tree as a parser would: numbers with a fraction as {@code DecimalNode}s, whole numbers as
     * {@code IntNode}s (or {@code LongNode}s, {@code BigIntegerNode}s when larger), dates as ISO text. The tree
     * is only read.
     *
     * <pre>{@code
     * ObjectNode tree = JsonNodeFactory.instance.objectNode().put("requestId", "r-1").put("asOf", "2025-01-01");
     * tree.put("jurisdiction", "ECU").putObject("person").put("id", "p-1");
     * EligibilityRequest request = json.readRequest(tree);
     * }</pre>
     *
     * @throws InvalidRequestException listing every problem found, each with its JSON path
     * @since 0.2
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    public EligibilityRequest readRequest(JsonNode tree) {
        return codec.readRequest(Objects.requireNonNull(tree, "tree is required"));
    }

    /** The request as JSON; {@link #readRequest(String)} gives an equal request back. */
    public String writeRequest(EligibilityRequest request) {
        return codec.writeRequest(Objects.requireNonNull(request, "request is required"));
    }

    /** The decision as JSON: the same decision always gives the same bytes. */
    public String writeDecision(Decision decision) {
        return codec.writeDecision(Objects.requireNonNull(decision, "decision is required"));
    }

    /**
     * Reads a decision, for example one stored earlier, to replay or compare it.
     *
     * @throws InvalidRequestException listing every problem found, each with its JSON path
     */
    public Decision readDecision(String json) {
        return codec.readDecision(Objects.requireNonNull(json, "json is required"));
    }

    /** The decision set as JSON: {@code {"requestId": ..., "decisions": [...]}}. */
    public String writeDecisionSet(DecisionSet decisions) {
        return codec.writeDecisionSet(Objects.requireNonNull(decisions, "decisions is required"));
    }

    /**
     * Reads a decision set.
     *
     * @throws InvalidRequestException listing every problem found, each with its JSON path
     */
    public DecisionSet readDecisionSet(String json) {
        return codec.readDecisionSet(Objects.requireNonNull(json, "json is required"));
    }

    /**
     * The canonical form of any JSON document: object keys sorted, no insignificant whitespace, numbers by
     * value ({@code 1.0}, {@code 1.00} and {@code 1E0} all become {@code 1}), strings escaped only where JSON
     * requires. Documents that differ only in formatting have the same canonical form.
     *
     * @throws InvalidRequestException when the text is not one well-formed JSON document within the limits
     */
    public String canonicalize(String json) {
        return codec.canonicalize(Objects.requireNonNull(json, "json is required"));
    }

    /**
     * The SHA-256, in lower-case hex, of the canonical form of {@link #writeRequest(EligibilityRequest)}: the
     * {@code inputSha256} of every decision on this request.
     */
    public String inputSha256(EligibilityRequest request) {
        return codec.inputSha256(Objects.requireNonNull(request, "request is required"));
    }

    JsonCodec codec() {
        return codec;
    }
}
