package org.m4sd.sdk.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded generator of damaged request lines: each valid request of {@code fuzz/valid-requests.jsonl} (the
 * requests of docs/examples, of rule-pack scenario files and of the demo population) damaged in each of the
 * {@link #KINDS} ways, shuffled, written as raw bytes (invalid UTF-8 stays invalid) to
 * {@code fuzz/damaged-lines.jsonl}, with {@code fuzz/damaged-lines.kinds.tsv} naming each line's kind and the
 * answer it must get. The CLI, HTTP and Spark tests read those committed files, so every entry point is tried on
 * the very same bytes.
 *
 * <p>Regenerate after changing a kind or the seed requests:
 * {@code ./mvnw -pl sdk-core test -Dtest=DamagedLinesCorpusTest -Dm4sd.fuzz.write=true}.
 */
final class DamagedLines {
    /** The generator's seed: the same seed and requests give the same bytes. */
    static final long SEED = 20_261_205L;
    /** The committed files, relative to sdk-core. */
    static final Path DIR = Path.of("src/test/resources/fuzz");
    static final String VALID_REQUESTS = "valid-requests.jsonl";
    static final String CORPUS = "damaged-lines.jsonl";
    static final String INDEX = "damaged-lines.kinds.tsv";
    static final String ANSWERS = "damaged-lines.answers.jsonl";
    /** How many of the valid requests each kind damages (each a random choice). */
    static final int PER_KIND = 20;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The answer a damaged line must get on every path. */
    enum Expect { VALID, REJECTED }

    /**
     * A kind of damage.
     *
     * @param name    the kind's name, in the index
     * @param expect  the answer every line of this kind must get
     * @param path    when rejected, a path one of the errors must have (null: any)
     * @param message when rejected, text the message at that path must contain (null: any)
     * @param damage  the damage, applied to a copy of a valid request
     */
    record Kind(String name, Expect expect, String path, String message, Damage damage) {
    }

    /** Damages one valid request: the damaged bytes, which may hold line breaks (more than one line). */
    interface Damage {
        byte[] apply(Request request, Random random);
    }

    /** One physical line of the corpus. */
    record Line(byte[] bytes, String kind, Expect expect, String requestId, int part) {
    }

    /** A valid request: its tree (each call a fresh copy) and its compact text. */
    static final class Request {
        private final ObjectNode tree;

        Request(ObjectNode tree) {
            this.tree = tree;
        }

        ObjectNode tree() {
            return tree.deepCopy();
        }

        String text() {
            return write(tree);
        }

        String requestId() {
            return tree.path("requestId").asText();
        }

        LocalDate asOf() {
            return LocalDate.parse(tree.path("asOf").asText());
        }
    }

    private DamagedLines() {
    }

    // ------------------------------------------------------------------------------------------------ the kinds

    private static final String NOT_JSON = "not valid JSON at line 1, column ";
    private static final String NOT_UTF8 = "the text is not valid UTF-8: byte ";
    private static final String BLANK = "the request is empty or blank; expected one JSON object";
    private static final String MORE = "more content follows the end of the document";

    static final List<Kind> KINDS = List.of(
            // truncation at structural points
            rejected("truncated-after-open-brace-or-bracket", null, NOT_JSON,
                    (r, rnd) -> cut(r.text(), pick(rnd, positions(r.text(), "{["), 1) + 1)),
            rejected("truncated-after-colon", null, NOT_JSON,
                    (r, rnd) -> cut(r.text(), pick(rnd, positions(r.text(), ":"), 0) + 1)),
            rejected("truncated-after-comma", null, NOT_JSON,
                    (r, rnd) -> cut(r.text(), pick(rnd, positions(r.text(), ","), 0) + 1)),
            rejected("truncated-before-a-closing-brace-or-bracket", null, NOT_JSON,
                    (r, rnd) -> cut(r.text(), pick(rnd, positions(r.text(), "}]"), 0))),
            rejected("truncated-inside-a-property-name", null, "the text ends inside a string",
                    (r, rnd) -> cut(r.text(), pick(rnd, stringInteriors(r.text(), true), 0))),
            rejected("truncated-inside-a-string-value", null, "the text ends inside a string",
                    (r, rnd) -> cut(r.text(), pick(rnd, stringInteriors(r.text(), false), 0))),
            rejected("truncated-inside-a-number", "$.person.residenceMonths", NOT_JSON,
                    (r, rnd) -> {
                        String t = withPerson(r, "residenceMonths", 12);
                        return cut(t, t.indexOf("\"residenceMonths\":12") + "\"residenceMonths\":1".length());
                    }),
            rejected("truncated-inside-an-escape", "$.requestId", "the text ends inside a string",
                    (r, rnd) -> {
                        String t = r.text().replace("\"requestId\":\"", "\"requestId\":\"\\u00e9");
                        return cut(t, t.indexOf("\\u00e9") + 4);
                    }),
            rejected("truncated-inside-a-multibyte-character", "$", NOT_UTF8,
                    (r, rnd) -> {
                        byte[] b = utf8(r.text().replace("\"requestId\":\"", "\"requestId\":\"\u00e9"));
                        return java.util.Arrays.copyOf(b, indexOf(b, (byte) 0xC3) + 1);
                    }),
            rejected("truncated-last-byte", null, "an object or array is not closed",
                    (r, rnd) -> cut(r.text(), r.text().length() - 1)),
            rejected("truncated-anywhere", null, null,
                    (r, rnd) -> cut(r.text(), 1 + rnd.nextInt(r.text().length() - 1))),
            // bytes that are not UTF-8, inside the request id's value or between tokens
            rejected("utf8-lone-continuation-byte", "$", NOT_UTF8, (r, rnd) -> intoRequestId(r, 0x80)),
            rejected("utf8-overlong-two-bytes", "$", NOT_UTF8, (r, rnd) -> intoRequestId(r, 0xC0, 0xAF)),
            rejected("utf8-overlong-three-bytes", "$", NOT_UTF8, (r, rnd) -> intoRequestId(r, 0xE0, 0x80, 0xAF)),
            rejected("utf8-encoded-surrogate", "$", NOT_UTF8, (r, rnd) -> intoRequestId(r, 0xED, 0xA0, 0x80)),
            rejected("utf8-above-u10ffff", "$", NOT_UTF8, (r, rnd) -> intoRequestId(r, 0xF4, 0x90, 0x80, 0x80)),
            rejected("utf8-byte-ff", "$", NOT_UTF8, (r, rnd) -> intoRequestId(r, 0xFF)),
            rejected("utf8-latin1-e-acute", "$", NOT_UTF8, (r, rnd) -> intoRequestId(r, 0xE9, 'x')),
            rejected("utf8-sequence-cut-short", "$", NOT_UTF8, (r, rnd) -> intoRequestId(r, 0xE2, 0x82)),
            rejected("utf8-bad-byte-between-tokens", "$", NOT_UTF8,
                    (r, rnd) -> concat(new byte[] {'{', (byte) 0x80}, utf8(r.text().substring(1)))),
            rejected("utf16-byte-order-mark", "$", NOT_UTF8,
                    (r, rnd) -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf8(r.text()))),
            // byte order marks
            valid("bom-at-the-start", (r, rnd) -> utf8("\uFEFF" + r.text())),
            rejected("bom-twice-at-the-start", "$", "more than one byte order mark",
                    (r, rnd) -> utf8("\uFEFF\uFEFF" + r.text())),
            rejected("bom-before-a-property-name", null, "U+FEFF",
                    (r, rnd) -> {
                        List<Integer> keys = keyStarts(r.text());
                        return utf8(insert(r.text(), pick(rnd, keys, 1), "\uFEFF"));
                    }),
            rejected("bom-after-the-object", "$", null, (r, rnd) -> utf8(r.text() + "\uFEFF")),
            valid("bom-inside-a-string-value", (r, rnd) -> utf8(r.text().replace("\"requestId\":\"",
                    "\"requestId\":\"\uFEFF"))),
            // line ends, blank lines and line breaks where they do not belong
            valid("crlf-line-end", (r, rnd) -> utf8(r.text() + "\r")),
            valid("bom-and-crlf", (r, rnd) -> utf8("\uFEFF" + r.text() + "\r")),
            valid("cr-between-tokens", (r, rnd) -> utf8(r.text().replace(",\"person\":", ",\r\"person\":\r"))),
            rejected("cr-as-line-separator", "$", MORE, (r, rnd) -> utf8(r.text() + "\r" + r.text())),
            rejected("line-break-inside-a-string", null, null,
                    (r, rnd) -> utf8(r.text().replace("\"requestId\":\"", "\"requestId\":\"x\ny"))),
            rejected("empty-line", "$", BLANK, (r, rnd) -> new byte[0]),
            rejected("blank-line-spaces-and-tabs", "$", BLANK, (r, rnd) -> utf8(" \t  \t")),
            rejected("blank-line-crlf", "$", BLANK, (r, rnd) -> utf8("  \r")),
            rejected("bom-only", "$", BLANK, (r, rnd) -> utf8("\uFEFF ")),
            // NUL and other control characters
            rejected("nul-inside-a-string", "$.requestId", "U+0000",
                    (r, rnd) -> utf8(r.text().replace("\"requestId\":\"", "\"requestId\":\"\u0000"))),
            rejected("nul-between-tokens", null, "unexpected character U+0000; only spaces, tabs and line breaks", (r, rnd) -> utf8(r.text().replace(",\"person\":",
                    ",\u0000\"person\":"))),
            rejected("escape-character-inside-a-string", "$.person.id", "U+001B",
                    (r, rnd) -> utf8(r.text().replace("\"id\":\"", "\"id\":\"\u001b[31m"))),
            rejected("tab-inside-a-string", "$.requestId", "U+0009",
                    (r, rnd) -> utf8(r.text().replace("\"requestId\":\"", "\"requestId\":\"\t"))),
            valid("escaped-control-character", (r, rnd) -> utf8(r.text().replace("\"requestId\":\"",
                    "\"requestId\":\"\\u0007"))),
            valid("delete-character-inside-a-string", (r, rnd) -> utf8(r.text().replace("\"requestId\":\"",
                    "\"requestId\":\"\u007f"))),
            // repeated keys
            rejected("duplicate-top-level-key", "$.asOf", "appears more than once",
                    (r, rnd) -> {
                        String asOf = "\"asOf\":\"" + r.tree().path("asOf").asText() + "\"";
                        return utf8(r.text().replace(asOf, asOf + "," + asOf));
                    }),
            rejected("duplicate-nested-key", "$.person.id", "appears more than once",
                    (r, rnd) -> utf8(r.text().replace("\"person\":{", "\"person\":{\"id\":\"p-dup\","))),
            rejected("duplicate-key-in-an-array-element", "$.person.contributionPeriods[0].from",
                    "appears more than once",
                    (r, rnd) -> {
                        String from = "\"from\":\"" + r.asOf().minusYears(5) + "\"";
                        return utf8(write(read(new String(person(r, p -> period(p, r.asOf().minusYears(5),
                                r.asOf().minusYears(4))), StandardCharsets.UTF_8))).replace(from, from + "," + from));
                    }),
            // wrong types
            rejected("wrong-type-number-as-string", "$.person.residenceMonths", null,
                    (r, rnd) -> utf8(withPerson(r, "residenceMonths", 12).replace("\"residenceMonths\":12",
                            "\"residenceMonths\":\"12\""))),
            rejected("wrong-type-string-as-number", "$.requestId", null,
                    (r, rnd) -> utf8(r.text().replaceFirst("\"requestId\":\"[^\"]*\"", "\"requestId\":42"))),
            rejected("wrong-type-boolean-as-string", "$.person.presentInTerritory", null,
                    (r, rnd) -> edited(r, t -> ((ObjectNode) t.get("person")).put("presentInTerritory", "true"))),
            rejected("wrong-type-object-for-array", "$.determinations", null,
                    (r, rnd) -> edited(r, t -> t.putObject("determinations"))),
            rejected("wrong-type-array-for-object", "$.person", null,
                    (r, rnd) -> {
                        ObjectNode t = r.tree();
                        JsonNode person = t.get("person");
                        t.putArray("person").add(person);
                        return utf8(write(t));
                    }),
            rejected("null-for-a-required-field", "$.asOf", null,
                    (r, rnd) -> edited(r, t -> t.putNull("asOf"))),
            rejected("missing-required-field", "$.requestId", null,
                    (r, rnd) -> edited(r, t -> t.remove("requestId"))),
            rejected("blank-required-string", "$.requestId", "must not be blank",
                    (r, rnd) -> edited(r, t -> t.put("requestId", "  "))),
            // numbers
            rejected("number-nan", "$.person.residenceMonths", "\"NaN\" is not a number JSON allows",
                    (r, rnd) -> number(r, "NaN")),
            rejected("number-infinity", "$.person.residenceMonths", "Infinity",
                    (r, rnd) -> number(r, rnd.nextBoolean() ? "Infinity" : "-Infinity")),
            rejected("number-1e400", "$.person.residenceMonths", "too large", (r, rnd) -> number(r, "1E400")),
            rejected("number-1e-60", "$.person.residenceMonths", null, (r, rnd) -> number(r, "1E-60")),
            rejected("number-huge-integer", "$.person.residenceMonths", "too large",
                    (r, rnd) -> number(r, "99999999999999999999")),
            rejected("number-leading-zeros", "$.person.residenceMonths", NOT_JSON, (r, rnd) -> number(r, "012")),
            rejected("number-hexadecimal", "$.person.residenceMonths", NOT_JSON, (r, rnd) -> number(r, "0x1F")),
            rejected("number-plus-sign", "$.person.residenceMonths", NOT_JSON, (r, rnd) -> number(r, "+12")),
            rejected("number-negative-count", "$.person.residenceMonths", null, (r, rnd) -> number(r, "-12")),
            rejected("number-fraction-for-a-count", "$.person.residenceMonths", "must be a whole number",
                    (r, rnd) -> number(r, "12.5")),
            rejected("number-longer-than-the-limit", "$.person.residenceMonths", "maxNumberLength",
                    (r, rnd) -> number(r, "1" + "0".repeat(60))),
            valid("number-whole-written-with-a-decimal-point", (r, rnd) -> number(r, "1.0")),
            valid("number-with-an-exponent", (r, rnd) -> number(r, "0.1E1")),
            rejected("amount-negative", "$.recruitment.costsPaidByWorker[0].amount", null,
                    (r, rnd) -> cost(r, "VISA", "-100", null)),
            rejected("amount-1e20", "$.recruitment.costsPaidByWorker[0].amount", null,
                    (r, rnd) -> cost(r, "VISA", "100000000000000000000", null)),
            // unknown properties and codes
            rejected("unknown-top-level-property", "$.favouriteColour", null,
                    (r, rnd) -> edited(r, t -> t.put("favouriteColour", "blue"))),
            rejected("unknown-nested-property", "$.person.eyeColour", null,
                    (r, rnd) -> edited(r, t -> ((ObjectNode) t.get("person")).put("eyeColour", "brown"))),
            rejected("property-name-in-the-wrong-case", "$.RequestId", null,
                    (r, rnd) -> utf8(r.text().replace("\"requestId\":", "\"RequestId\":"))),
            rejected("document-code-typo", "$.person.documentsHeld[0]", "did you mean RESIDENCE_CARD_COPY",
                    (r, rnd) -> edited(r, t -> ((ObjectNode) t.get("person")).putArray("documentsHeld")
                            .add("RESIDENCE-CARD-COPY"))),
            rejected("migratory-status-lower-case", "$.person.migratoryStatus", "REGULAR",
                    (r, rnd) -> edited(r, t -> ((ObjectNode) t.get("person")).put("migratoryStatus", "regular"))),
            rejected("cost-item-typo", "$.recruitment.costsPaidByWorker[0].item", "AIR_TICKET",
                    (r, rnd) -> cost(r, "AIR_TIKET", "100", null)),
            rejected("determination-typo", "$.determinations[0]", null,
                    (r, rnd) -> edited(r, t -> t.putArray("determinations").add("health.emergency-car"))),
            rejected("country-code-unknown", "$.jurisdiction", null,
                    (r, rnd) -> edited(r, t -> t.put("jurisdiction", "ZZZ"))),
            rejected("country-code-alpha-2", "$.person.nationality", null,
                    (r, rnd) -> edited(r, t -> ((ObjectNode) t.get("person")).put("nationality", "EC"))),
            rejected("sex-code-unknown", "$.person.sex", null,
                    (r, rnd) -> edited(r, t -> ((ObjectNode) t.get("person")).put("sex", "female"))),
            rejected("locale-unknown", "$.locale", null,
                    (r, rnd) -> edited(r, t -> t.put("locale", "de"))),
            // dates
            rejected("date-february-30", "$.asOf", null,
                    (r, rnd) -> edited(r, t -> t.put("asOf", r.asOf().getYear() + "-02-30"))),
            rejected("date-day-month-year", "$.asOf", null,
                    (r, rnd) -> {
                        ObjectNode t = r.tree();
                        LocalDate d = r.asOf();
                        t.put("asOf", String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
                        return utf8(write(t));
                    }),
            rejected("date-with-a-time", "$.asOf", null,
                    (r, rnd) -> edited(r, t -> t.put("asOf", r.asOf() + "T00:00:00Z"))),
            rejected("birth-year-1800", "$.person.birthDate", "120 years",
                    (r, rnd) -> person(r, p -> p.put("birthDate", "1800-01-01"))),
            rejected("birth-after-as-of", "$.person.birthDate", null,
                    (r, rnd) -> person(r, p -> p.put("birthDate", r.asOf().plusDays(1 + rnd.nextInt(400)).toString()))),
            rejected("residence-longer-than-life", "$.person.residenceMonths", null,
                    (r, rnd) -> person(r, p -> {
                        p.put("birthDate", r.asOf().minusYears(10).toString());
                        p.put("residenceMonths", 10 * 12 + 2 + rnd.nextInt(100));
                    })),
            rejected("contribution-period-before-birth", "$.person.contributionPeriods[0].from", null,
                    (r, rnd) -> person(r, p -> {
                        p.put("birthDate", r.asOf().minusYears(30).toString());
                        period(p, r.asOf().minusYears(31), r.asOf().minusYears(25));
                    })),
            rejected("contribution-period-after-as-of", "$.person.contributionPeriods[0].from", null,
                    (r, rnd) -> person(r, p -> period(p, r.asOf().plusMonths(1), r.asOf().plusYears(1)))),
            rejected("contribution-period-ending-before-it-starts", "$.person.contributionPeriods[0].to", null,
                    (r, rnd) -> person(r, p -> period(p, r.asOf().minusYears(2), r.asOf().minusYears(3)))),
            rejected("cost-paid-after-as-of", "$.recruitment.costsPaidByWorker[0].paidOn", null,
                    (r, rnd) -> cost(r, "VISA", "100", r.asOf().plusDays(1 + rnd.nextInt(30)))),
            // shapes
            rejected("deep-nesting", null, null,
                    (r, rnd) -> utf8(r.text().replace("\"person\":", "\"deep\":" + "[".repeat(40) + "]".repeat(40)
                            + ",\"person\":"))),
            rejected("overlong-string", "$.requestId", null,
                    (r, rnd) -> edited(r, t -> t.put("requestId", "x".repeat(5000)))),
            rejected("empty-object", "$.requestId", null, (r, rnd) -> utf8("{}")),
            rejected("array-instead-of-object", "$", null, (r, rnd) -> utf8("[" + r.text() + "]")),
            rejected("scalar-instead-of-object", "$", null,
                    (r, rnd) -> utf8(List.of("42", "\"" + r.requestId() + "\"", "null", "true").get(rnd.nextInt(4)))),
            rejected("trailing-garbage", "$", "the word \"xyz\" is not a JSON value", (r, rnd) -> utf8(r.text() + " xyz")),
            rejected("extra-closing-brace", "$", "a closing } that no { opened", (r, rnd) -> utf8(r.text() + "}")),
            rejected("two-objects-on-one-line", "$", MORE, (r, rnd) -> utf8(r.text() + r.text())),
            rejected("block-comment", null, NOT_JSON, (r, rnd) -> utf8(r.text().replace(",\"person\":",
                    ",/* the person */\"person\":"))),
            rejected("line-comment-at-the-end", "$", NOT_JSON, (r, rnd) -> utf8(r.text() + " // checked")),
            rejected("single-quotes", null, NOT_JSON, (r, rnd) -> utf8(r.text().replace("\"requestId\"",
                    "'requestId'"))),
            rejected("unquoted-property-name", null, NOT_JSON, (r, rnd) -> utf8(r.text().replace("\"asOf\":",
                    "asOf:"))),
            rejected("trailing-comma", null, NOT_JSON,
                    (r, rnd) -> utf8(r.text().substring(0, r.text().length() - 1) + ",}")),
            rejected("missing-comma", null, NOT_JSON, (r, rnd) -> utf8(r.text().replace(",\"person\":",
                    " \"person\":"))),
            rejected("non-ascii-character-where-a-value-belongs", "$.jurisdiction", "unexpected character U+00E9",
                    (r, rnd) -> utf8(r.text().replace("\"jurisdiction\":\"", "\"jurisdiction\":\u00e9\""))),
            rejected("overlong-property-name", null, "a property name is longer than the limit maxStringLength",
                    (r, rnd) -> utf8(r.text().replace(",\"person\":", ",\"" + "k".repeat(5000) + "\":1,\"person\":"))),
            // harmless
            valid("extra-spaces-around-every-token", (r, rnd) -> utf8(spaced(r.text(), " "))),
            valid("tabs-around-every-token", (r, rnd) -> utf8(spaced(r.text(), "\t"))),
            valid("leading-and-trailing-spaces", (r, rnd) -> utf8("   " + r.text() + "  \t")),
            valid("keys-in-another-order", (r, rnd) -> utf8(write(shuffled(r.tree(), rnd)))),
            valid("unicode-escapes", (r, rnd) -> utf8(r.text().replace("\"requestId\":", "\"request\\u0049d\":"))),
            valid("non-ascii-text", (r, rnd) -> utf8(r.text().replace("\"requestId\":\"",
                    "\"requestId\":\"\u00e9\u00f1\u4e2d\ud83d\ude00"))),
            valid("escaped-slash", (r, rnd) -> utf8(r.text().replace("\"requestId\":\"", "\"requestId\":\"a\\/"))));

    // --------------------------------------------------------------------------------------------- generating

    /** The corpus: {@link #PER_KIND} requests damaged in each way, shuffled with {@code seed}, the last line not blank. */
    static List<Line> generate(List<String> requests, long seed) {
        Random random = new Random(seed);
        List<List<Line>> records = new ArrayList<>();
        List<Request> all = requests.stream().map(json -> new Request(read(json))).toList();
        for (Kind kind : KINDS) {
            List<Integer> chosen = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                chosen.add(i);
            }
            Collections.shuffle(chosen, random);
            chosen = chosen.subList(0, Math.min(PER_KIND, all.size())).stream().sorted().toList();
            for (int i : chosen) {
                Request request = all.get(i);
                byte[] damaged = kind.damage().apply(request, random);
                if (java.util.Arrays.equals(damaged, utf8(request.text()))) {
                    throw new IllegalStateException(kind.name() + " left " + request.requestId() + " unchanged");
                }
                List<Line> parts = new ArrayList<>();
                int from = 0;
                for (int b = 0; b <= damaged.length; b++) {
                    if (b == damaged.length || damaged[b] == '\n') {
                        parts.add(new Line(java.util.Arrays.copyOfRange(damaged, from, b), kind.name(), kind.expect(),
                                request.requestId(), parts.size() + 1));
                        from = b + 1;
                    }
                }
                if (parts.size() > 1 && kind.expect() == Expect.VALID) {
                    throw new IllegalStateException(kind.name() + " breaks a valid line in two");
                }
                records.add(parts);
            }
        }
        Collections.shuffle(records, random);
        // a blank last line is not a line (docs/DECISION-CONTRACT.md): end on a line that is answered
        for (int i = records.size() - 1; blank(last(records.get(records.size() - 1))); i--) {
            Collections.swap(records, i - 1, records.size() - 1);
        }
        List<Line> lines = new ArrayList<>();
        records.forEach(lines::addAll);
        return lines;
    }

    /** The lines as the corpus file: each followed by a line feed. */
    static byte[] corpus(List<Line> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Line line : lines) {
            out.writeBytes(line.bytes());
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** The index: a header, then for each line its number, kind, expected answer, source request and part. */
    static byte[] index(List<Line> lines) {
        StringBuilder out = new StringBuilder("line\tkind\texpect\trequestId\tpart\n");
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            out.append(i + 1).append('\t').append(l.kind()).append('\t').append(l.expect()).append('\t')
                    .append(l.requestId()).append('\t').append(l.part()).append('\n');
        }
        return utf8(out.toString());
    }

    /**
     * The answers of the SDK's line reader ({@link JsonlReader#readLine}), one JSON line per corpus line: for a
     * rejected line the batch's error line ({@code {"line", "requestId", "errors": [{"path", "message"}]}}), for a
     * valid one {@code {"line", "requestId", "valid": true}}. Every entry point must answer as this file says.
     */
    static byte[] answers(List<Line> lines, M4sdJson json) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            JsonlReader.Entry entry = JsonlReader.readLine(i + 1, lines.get(i).bytes(), json);
            ObjectNode answer = MAPPER.createObjectNode().put("line", i + 1);
            if (entry instanceof JsonlReader.Entry.Parsed p) {
                answer.put("requestId", p.request().requestId()).put("valid", true);
            } else {
                var rejected = ((JsonlReader.Entry.Rejected) entry).result();
                rejected.requestId().ifPresentOrElse(id -> answer.put("requestId", id), () -> answer.putNull("requestId"));
                ArrayNode errors = answer.putArray("errors");
                rejected.errors().forEach(e -> errors.addObject().put("path", e.path()).put("message", e.message()));
            }
            out.append(write(answer)).append('\n');
        }
        return utf8(out.toString());
    }

    /** Reads the valid requests, one per line. */
    static List<String> validRequests(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve(VALID_REQUESTS), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
    }

    /** The kinds by name. */
    static Map<String, Kind> kinds() {
        Map<String, Kind> byName = new LinkedHashMap<>();
        KINDS.forEach(k -> {
            if (byName.put(k.name(), k) != null) {
                throw new IllegalStateException("two kinds named " + k.name());
            }
        });
        return byName;
    }

    /** Writes the corpus and its index to {@code dir}: {@code java DamagedLines [dir]}. */
    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : DIR;
        List<Line> lines = generate(validRequests(dir), SEED);
        Files.write(dir.resolve(CORPUS), corpus(lines));
        Files.write(dir.resolve(INDEX), index(lines));
        Files.write(dir.resolve(ANSWERS), answers(lines, M4sdJson.create()));
        System.out.println(lines.size() + " lines, " + KINDS.size() + " kinds, written to " + dir);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static Kind valid(String name, Damage damage) {
        return new Kind(name, Expect.VALID, null, null, damage);
    }

    private static Kind rejected(String name, String path, String message, Damage damage) {
        return new Kind(name, Expect.REJECTED, path, message, damage);
    }

    private static Line last(List<Line> record) {
        return record.get(record.size() - 1);
    }

    private static boolean blank(Line line) {
        for (byte b : line.bytes()) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid request: " + json, e);
        }
    }

    static String write(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] cut(String text, int at) {
        if (at <= 0 || at >= text.length()) {
            throw new IllegalArgumentException("cut at " + at + " of " + text.length());
        }
        return utf8(text.substring(0, at));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        throw new IllegalArgumentException("no byte " + HexFormat.of().toHexDigits(x));
    }

    private static String insert(String text, int at, String s) {
        return text.substring(0, at) + s + text.substring(at);
    }

    /** A random element of {@code positions} at or after index {@code skip} (to spare the first token). */
    private static int pick(Random random, List<Integer> positions, int skip) {
        if (positions.size() <= skip) {
            throw new IllegalArgumentException("nothing to pick from " + positions);
        }
        return positions.get(skip + random.nextInt(positions.size() - skip));
    }

    /** Positions outside strings of any of {@code chars}. */
    private static List<Integer> positions(String text, String chars) {
        List<Integer> out = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (chars.indexOf(c) >= 0) {
                out.add(i);
            }
        }
        return out;
    }

    /** The position of the quote that closes the string opened at {@code open}, escapes skipped. */
    private static int closingQuote(String text, int open) {
        int end = open + 1;
        while (text.charAt(end) != '"') {
            end += text.charAt(end) == '\\' ? 2 : 1;
        }
        return end;
    }

    /** Positions strictly inside the strings that are property names ({@code keys}) or values. */
    private static List<Integer> stringInteriors(String text, boolean keys) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '"') {
                continue;
            }
            int end = closingQuote(text, i);
            boolean key = text.charAt(end + 1) == ':';
            if (key == keys) {
                for (int j = i + 1; j < end; j++) {
                    out.add(j);
                }
            }
            i = end;
        }
        return out;
    }

    /** Positions of the opening quote of each property name. */
    private static List<Integer> keyStarts(String text) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '"') {
                continue;
            }
            int end = closingQuote(text, i);
            if (text.charAt(end + 1) == ':') {
                out.add(i);
            }
            i = end;
        }
        return out;
    }

    /** The request with raw {@code bytes} at the start of the request id's value. */
    private static byte[] intoRequestId(Request r, int... bytes) {
        String text = r.text();
        String marker = "\"requestId\":\"";
        int at = text.indexOf(marker) + marker.length();
        byte[] head = utf8(text.substring(0, at));
        byte[] raw = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            raw[i] = (byte) bytes[i];
        }
        return concat(concat(head, raw), utf8(text.substring(at)));
    }

    private static String withPerson(Request r, String field, int value) {
        ObjectNode t = r.tree();
        ((ObjectNode) t.get("person")).put(field, value);
        return write(t);
    }

    /** The request with {@code person.residenceMonths} written as {@code literal}. */
    private static byte[] number(Request r, String literal) {
        // 1 month, the residence of a newborn too, so that a harmless way of writing it stays valid
        return utf8(withPerson(r, "residenceMonths", 1).replaceFirst("\"residenceMonths\":1(?=[,}])",
                "\"residenceMonths\":" + literal));
    }

    private static byte[] person(Request r, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode t = r.tree();
        change.accept((ObjectNode) t.get("person"));
        return utf8(write(t));
    }

    private static void period(ObjectNode person, LocalDate from, LocalDate to) {
        ArrayNode periods = person.putArray("contributionPeriods");
        periods.addObject().put("country", "ECU").put("from", from.toString()).put("to", to.toString());
    }

    /** The request with one cost paid by the worker, {@code amount} written as a literal. */
    /** The request's tree with one edit made, written back as UTF-8. */
    private static byte[] edited(Request r, java.util.function.Consumer<ObjectNode> edit) {
        ObjectNode t = r.tree();
        edit.accept(t);
        return utf8(write(t));
    }

    private static byte[] cost(Request r, String item, String amount, LocalDate paidOn) {
        ObjectNode t = r.tree();
        ObjectNode recruitment = t.has("recruitment") ? (ObjectNode) t.get("recruitment") : t.putObject("recruitment");
        if (!recruitment.has("origin")) {
            recruitment.put("origin", "NPL").put("destination", "QAT");
        }
        ObjectNode cost = recruitment.putArray("costsPaidByWorker").addObject().put("item", item)
                .put("amount", 12_345).put("currency", "NPR");
        if (paidOn != null) {
            cost.put("paidOn", paidOn.toString());
        }
        return utf8(write(t).replace("\"amount\":12345", "\"amount\":" + amount));
    }

    /** Whitespace around every structural character outside strings. */
    private static String spaced(String text, String space) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if ("{}[]:,".indexOf(c) >= 0) {
                out.append(space).append(c).append(space);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The tree with the keys of every object in a random order. */
    private static JsonNode shuffled(JsonNode node, Random random) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.shuffle(names, random);
            ObjectNode out = MAPPER.createObjectNode();
            for (String name : names) {
                out.set(name, shuffled(node.get(name), random));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = MAPPER.createArrayNode();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                out.add(shuffled(it.next(), random));
            }
            return out;
        }
        return node;
    }
}
