package org.m4sd.sdk.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.Limits;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * The JSON codec behind {@code org.m4sd.sdk.json}: Jackson reads the text into a tree under the {@link Limits}
 * (as {@link StreamReadConstraints}), the binders turn the tree into records collecting every problem, and
 * {@link Writing} writes the contract's fixed field order. Immutable and thread-safe.
 */
public final class JsonCodec {
    private final Limits limits;
    private final ObjectMapper untrusted;

    /** A codec reading input under these limits. */
    public JsonCodec(Limits limits) {
        this.limits = limits;
        this.untrusted = mapper(StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build());
    }

    private static ObjectMapper mapper(StreamReadConstraints constraints) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // keep 1.50 as written: the value a caller sent is the value the request holds
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .build();
    }

    /** The limits input is read under. */
    public Limits limits() {
        return limits;
    }

    /**
     * The outcome of reading one request: the request, or the problems found and the request id when it could
     * be read.
     *
     * @param request   the request, when there was no problem
     * @param requestId the request id, when it could be read
     * @param errors    the problems, empty when {@code request} is present
     */
    public record Parsed(Optional<EligibilityRequest> request, Optional<String> requestId, List<FieldError> errors) {
        /** Copies the errors. */
        public Parsed {
            errors = List.copyOf(errors);
        }
    }

    /** Reads a request, never throwing for bad input. */
    public Parsed parseRequest(String json) {
        return parseRequest(json, null);
    }

    /** Reads a UTF-8 request, never throwing for bad input. */
    public Parsed parseRequest(byte[] json) {
        return parseRequest(null, json);
    }

    private Parsed parseRequest(String text, byte[] bytes) {
        Problems problems = new Problems();
        JsonNode tree = tree(text, bytes, untrusted, problems);
        if (tree == null) {
            return new Parsed(Optional.empty(), Optional.empty(), problems.errors());
        }
        return bind(tree);
    }

    /**
     * Reads a request from a tree a caller built, never throwing for bad input: the limits a parser applies to
     * text applied to the tree ({@link TreeLimits}), then the binder every request goes through.
     */
    public Parsed parseRequest(JsonNode tree) {
        Problems problems = new Problems();
        if (!TreeLimits.check(tree, limits, untrusted, problems)) {
            // refused before it is read, as its text would be: no request id
            return new Parsed(Optional.empty(), Optional.empty(), problems.errors());
        }
        return bind(tree);
    }

    private Parsed bind(JsonNode tree) {
        RequestBinder binder = new RequestBinder(limits);
        EligibilityRequest request = bindSafely(() -> binder.bind(tree), binder.problems);
        if (request == null) {
            return new Parsed(Optional.empty(), RequestBinder.requestId(tree), binder.problems.errors());
        }
        return new Parsed(Optional.of(request), Optional.of(request.requestId()), List.of());
    }

    /** Reads a request or throws with every problem found. */
    public EligibilityRequest readRequest(String json) {
        return orThrow(parseRequest(json));
    }

    /** Reads a UTF-8 request or throws with every problem found. */
    public EligibilityRequest readRequest(byte[] json) {
        return orThrow(parseRequest(json));
    }

    /** Reads a request from a tree or throws with every problem found. */
    public EligibilityRequest readRequest(JsonNode tree) {
        return orThrow(parseRequest(tree));
    }

    private static EligibilityRequest orThrow(Parsed parsed) {
        return parsed.request().orElseThrow(() -> new InvalidRequestException(parsed.errors()));
    }

    /** Reads one decision or throws with every problem found. */
    public Decision readDecision(String json) {
        Problems problems = new Problems();
        JsonNode tree = tree(json, null, untrusted, problems);
        problems.throwIfAny();
        DecisionBinder binder = new DecisionBinder(limits);
        Decision d = bindSafely(() -> binder.decision(tree, "$"), binder.problems);
        binder.problems.throwIfAny();
        return d;
    }

    /** Reads a decision set or throws with every problem found. */
    public DecisionSet readDecisionSet(String json) {
        Problems problems = new Problems();
        JsonNode tree = tree(json, null, untrusted, problems);
        problems.throwIfAny();
        DecisionBinder binder = new DecisionBinder(limits);
        DecisionSet s = bindSafely(() -> binder.bindSet(tree), binder.problems);
        binder.problems.throwIfAny();
        return s;
    }

    /** Binds, turning a record constructor's refusal (a check the binder missed) into a problem at the root. */
    private static <T> T bindSafely(java.util.function.Supplier<T> bind, Problems problems) {
        try {
            return bind.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add("$", e.getMessage() == null ? "the document is not valid" : e.getMessage());
            return null;
        }
    }

    public String writeRequest(EligibilityRequest request) {
        return write(g -> Writing.request(g, request));
    }

    public String writeDecision(Decision decision) {
        return write(g -> Writing.decision(g, decision));
    }

    public String writeDecisionSet(DecisionSet decisions) {
        return write(g -> Writing.decisionSet(g, decisions));
    }

    /** Writes one JSONL output line, without its line break. */
    public void writeRecordResult(RecordResult result, Writer out) throws IOException {
        try (JsonGenerator g = untrusted.getFactory().createGenerator(out)) {
            Writing.recordResult(g, result);
        }
    }

    /** The canonical form of an untrusted document, read under the limits. */
    public String canonicalize(String json) {
        Problems problems = new Problems();
        JsonNode tree = tree(json, null, untrusted, problems);
        problems.throwIfAny();
        return Canonical.of(tree);
    }

    /** The SHA-256 of the canonical form of the request's JSON, computed from its values in one pass. */
    public String inputSha256(EligibilityRequest request) {
        return InputHash.sha256(request);
    }

    private interface GeneratorWork {
        void write(JsonGenerator g) throws IOException;
    }

    private String write(GeneratorWork work) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator g = untrusted.getFactory().createGenerator(out)) {
            work.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Parses text or UTF-8 bytes into a tree; null (after reporting) when that fails. Bytes must be strict
     * UTF-8; one byte order mark at the start of the text is skipped, in bytes or characters alike; text that
     * is empty or only JSON whitespace is reported as blank.
     */
    private JsonNode tree(String text, byte[] bytes, ObjectMapper mapper, Problems problems) {
        if (mapper == untrusted) {
            long size = bytes != null ? bytes.length : utf8Length(text, limits.maxDocumentBytes());
            if (size > limits.maxDocumentBytes()) {
                problems.add("$", documentTooLarge());
                return null;
            }
        }
        int from = 0;
        if (bytes != null) {
            from = TextChecks.bomLength(bytes, 0);
            String notUtf8 = TextChecks.notUtf8(bytes, from);
            if (notUtf8 != null) {
                problems.add("$", notUtf8);
                return null;
            }
        } else if (!text.isEmpty() && text.charAt(0) == TextChecks.BOM) {
            from = 1;
        }
        if (bytes != null ? TextChecks.bomLength(bytes, from) > 0 : text.startsWith("\uFEFF", from)) {
            problems.add("$", TextChecks.TWO_BOMS);
            return null;
        }
        if (bytes != null ? TextChecks.isBlank(bytes, from) : TextChecks.isBlank(text, from)) {
            problems.add("$", TextChecks.BLANK);
            return null;
        }
        JsonNode tree;
        JsonParser parser = null;
        try {
            parser = bytes != null ? mapper.createParser(bytes, from, bytes.length - from)
                    : mapper.createParser(text.substring(from));
            tree = mapper.readTree(parser);
            if (tree != null && parser.nextToken() != null) {
                problems.add("$", "not valid JSON" + where(parser.currentTokenLocation())
                        + ": more content follows the end of the document");
                return null;
            }
        } catch (StreamConstraintsException e) {
            problems.add(ParseErrors.path(parser), limitMessage(e, parser));
            return null;
        } catch (JsonProcessingException e) {
            problems.add(ParseErrors.path(parser), ParseErrors.message(e, parser, bytes, from));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ParseErrors.closeQuietly(parser);
        }
        if (tree == null || tree.isMissingNode()) {
            problems.add("$", TextChecks.BLANK);
            return null;
        }
        return tree;
    }

    private String documentTooLarge() {
        return "the document is larger than the limit maxDocumentBytes (" + limits.maxDocumentBytes() + " bytes)";
    }

    /** Names the {@link Limits} component a Jackson constraint came from. */
    private String limitMessage(StreamConstraintsException e, JsonParser parser) {
        String m = String.valueOf(e.getOriginalMessage());
        String at = where(e.getLocation() != null ? e.getLocation()
                : parser == null ? null : parser.currentLocation());
        if (m.contains("getMaxDocumentLength")) {
            return documentTooLarge();
        }
        if (m.contains("getMaxNestingDepth")) {
            return "the document nests objects and arrays deeper than the limit maxNestingDepth ("
                    + limits.maxNestingDepth() + ")" + at;
        }
        // A string or number over its limit is found where the parser happens to check its length, which depends
        // on how large the buffers it reuses already are (what it read before): name where the value starts
        // instead, so that the same bytes always get the same message.
        String start = parser == null ? at : where(parser.currentTokenLocation());
        if (m.contains("getMaxNumberLength")) {
            return "a number is longer than the limit maxNumberLength (" + limits.maxNumberLength()
                    + " characters)" + start;
        }
        if (m.contains("getMaxNameLength")) {
            return "a property name is longer than the limit maxStringLength (" + limits.maxStringLength()
                    + " characters)" + start;
        }
        if (m.contains("getMaxStringLength")) {
            return "a string is longer than the limit maxStringLength (" + limits.maxStringLength()
                    + " characters)" + start;
        }
        return "the document exceeds a processing limit" + at;
    }

    static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** UTF-8 length of {@code s}, counted exactly only when it could exceed {@code limit}. */
    static long utf8Length(String s, long limit) {
        if (s.length() > limit) {
            return s.length();
        }
        if ((long) s.length() * 3 <= limit) {
            return s.length();
        }
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
