package org.m4sd.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.Limits;
import org.m4sd.sdk.decision.RecordResult;

/**
 * One test per class of error a request line can have, asserting the path and the message a user sees, read
 * through {@link JsonlReader#readLine}, the reader every entry point uses.
 */
class RequestLineErrorsTest {
    private static final String LINE = "{\"requestId\":\"c-001\",\"asOf\":\"2023-06-30\",\"jurisdiction\":\"ECU\","
            + "\"person\":{\"id\":\"p-1\",\"birthDate\":\"1958-04-02\",\"residenceMonths\":40,"
            + "\"contributionPeriods\":[{\"country\":\"ECU\",\"from\":\"2001-01-01\",\"to\":\"2015-12-31\"}]}}";
    private static final M4sdJson JSON = M4sdJson.create();

    private static JsonlReader.Entry read(byte[] line) {
        return JsonlReader.readLine(7, line, JSON);
    }

    private static List<FieldError> errors(byte[] line) {
        JsonlReader.Entry entry = read(line);
        assertThat(entry).isInstanceOf(JsonlReader.Entry.Rejected.class);
        RecordResult.Rejected r = ((JsonlReader.Entry.Rejected) entry).result();
        assertThat(r.line()).isEqualTo(7);
        return r.errors();
    }

    private static List<FieldError> errors(String line) {
        return errors(line.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String p : parts) {
            out.writeBytes(p.getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    @Test
    void aValidLineWithCrLfAndAByteOrderMarkIsRead() {
        assertThat(read((LINE + "\r\n").getBytes(StandardCharsets.UTF_8))).isInstanceOf(JsonlReader.Entry.Parsed.class);
        assertThat(read(("\uFEFF" + LINE).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JsonlReader.Entry.Parsed.class);
    }

    @Test
    void aByteOrderMarkIsSkippedOnEveryLineOfABatch() {
        String bom = "\uFEFF";
        String batch = bom + LINE + "\n" + bom + LINE.replace("c-001", "c-002") + "\r\n";
        JsonlReader reader = JsonlReader.of(new java.io.ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)),
                JSON);
        assertThat(reader.next()).isInstanceOf(JsonlReader.Entry.Parsed.class);
        assertThat(reader.next()).isInstanceOf(JsonlReader.Entry.Parsed.class);
        assertThat(reader.hasNext()).isFalse();
    }

    @Test
    void aSecondByteOrderMarkIsAnUnexpectedCharacter() {
        assertThat(errors("\uFEFF\uFEFF" + LINE)).containsExactly(FieldError.of("$", "the text starts with more "
                + "than one byte order mark (U+FEFF); at most one is allowed, at the very start"));
        assertThat(errors(LINE.replace("\"asOf\"", "\uFEFF\"asOf\""))).singleElement().satisfies(e ->
                assertThat(e.message()).contains("unexpected character U+FEFF (a byte order mark); expected a "
                        + "property name in double quotes"));
    }

    @Test
    void invalidUtf8IsNamedByItsBytePositionAndNeverReplaced() {
        byte[] line = bytes("{\"requestId\":\"c-0", "\u00e9", "\"}");
        assertThat(errors(line)).containsExactly(FieldError.of("$", "the text is not valid UTF-8: byte 18 (0xE9) "
                + "does not begin or continue a character; save the file as UTF-8"));
        assertThat(errors(bytes("{\"requestId\":\"", "\u00c0\u00af", "\"}"))).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("the text is not valid UTF-8: byte 15 (0xC0)"));
    }

    @Test
    void blankLines() {
        FieldError blank = FieldError.of("$", "the request is empty or blank; expected one JSON object");
        assertThat(errors("")).containsExactly(blank);
        assertThat(errors(" \t\r\n")).containsExactly(blank);
        assertThat(errors("\uFEFF  ")).containsExactly(blank);
    }

    @Test
    void aDuplicateKeyIsReportedAtTheDuplicatedKey() {
        assertThat(errors(LINE.replace("\"id\":\"p-1\"", "\"id\":\"p-1\",\"id\":\"p-2\""))).containsExactly(
                FieldError.of("$.person.id", "property \"id\" appears more than once in the same object at line 1, "
                        + "column 88; keep one"));
        assertThat(errors(LINE.replace("\"to\":\"2015-12-31\"", "\"to\":\"2015-12-31\",\"from\":\"2001-01-01\"")))
                .extracting(FieldError::path).containsExactly("$.person.contributionPeriods[0].from");
    }

    @Test
    void truncatedJsonIsReportedWhereItStops() {
        assertThat(errors(LINE.substring(0, 100))).containsExactly(FieldError.of("$.person.birthDate",
                "not valid JSON at line 1, column 101: the text ends inside a string; a closing double quote is "
                        + "missing"));
        assertThat(errors(LINE.substring(0, LINE.length() - 1))).containsExactly(FieldError.of("$.person",
                "not valid JSON at line 1, column 210: the text ends before the document is complete; an object "
                        + "or array is not closed"));
    }

    @Test
    void nonNumericNumbers() {
        assertThat(errors(LINE.replace("\"residenceMonths\":40", "\"residenceMonths\":NaN"))).containsExactly(
                FieldError.of("$.person.residenceMonths", "not valid JSON at line 1, column 130: \"NaN\" is not a "
                        + "number JSON allows; write a finite number such as 12.5"));
    }

    @Test
    void unquotedWords() {
        assertThat(errors(LINE.replace("\"ECU\",\"person\"", "ECU,\"person\""))).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.jurisdiction");
            assertThat(e.message()).endsWith("the word \"ECU\" is not a JSON value; expected a string in double "
                    + "quotes, a number, true, false or null");
        });
    }

    @Test
    void controlCharactersInStrings() {
        assertThat(errors(LINE.replace("c-001", "c-\t001"))).containsExactly(FieldError.of("$.requestId",
                "not valid JSON at line 1, column 17: the control character U+0009 (tab) must be escaped inside a "
                        + "string (for example \\n or \\t)"));
    }

    @Test
    void missingCommasAndColons() {
        assertThat(errors(LINE.replace("\"c-001\",", "\"c-001\" "))).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.requestId");
            assertThat(e.message()).isEqualTo("not valid JSON at line 1, column 22: unexpected character '\"'; "
                    + "expected a comma between properties or } to close the object");
        });
    }

    @Test
    void contentAfterTheDocument() {
        assertThat(errors(LINE + " {}")).containsExactly(FieldError.of("$",
                "not valid JSON at line 1, column 212: more content follows the end of the document"));
    }

    @Test
    void aClosingBracketNothingOpenedAfterTheDocument() {
        assertThat(errors(LINE + "}")).containsExactly(FieldError.of("$",
                "not valid JSON at line 1, column 211: a closing } that no { opened"));
    }

    @Test
    void aCharacterBeyondAsciiWhereAValueBelongsIsNamedAtItsOwnColumn() {
        String expected = "unexpected character %s; expected a value: a string in double quotes, a number, an "
                + "object, an array, true, false or null";
        assertThat(errors(LINE + "\uFEFF")).containsExactly(FieldError.of("$", "not valid JSON at line 1, column "
                + "211: " + expected.formatted("U+FEFF (a byte order mark)")));
        assertThat(errors(LINE.replace("\"residenceMonths\":40", "\"residenceMonths\":\u00e940")))
                .containsExactly(FieldError.of("$.person.residenceMonths", "not valid JSON at line 1, column 127: "
                        + expected.formatted("U+00E9")));
        assertThat(errors(LINE + " \u4e2d")).containsExactly(FieldError.of("$", "not valid JSON at line 1, column "
                + "212: " + expected.formatted("U+4E2D")));
    }

    @Test
    void aControlCharacterBetweenValues() {
        assertThat(errors(LINE.replace(",\"person\":", ",\u0000\"person\":"))).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.jurisdiction");
            assertThat(e.message()).endsWith("unexpected character U+0000; only spaces, tabs and line breaks may "
                    + "stand between values");
        });
    }

    @Test
    void aLineCutInsideAPropertyNameEndsInsideAString() {
        assertThat(errors("{\"requestId\":\"c-1\",\"as")).singleElement().satisfies(e ->
                assertThat(e.message()).endsWith("the text ends inside a string; a closing double quote is missing"));
    }

    @Test
    void aLineCutInsideAnEscapeEndsInsideAString() {
        assertThat(errors("{\"requestId\":\"\\u00")).containsExactly(FieldError.of("$.requestId",
                "not valid JSON at line 1, column 19: the text ends inside a string; a closing double quote is "
                        + "missing"));
    }

    @Test
    void numberLimitsSayWhichLimitAndWhy() {
        assertThat(errors(LINE.replace("\"residenceMonths\":40", "\"residenceMonths\":1E400"))).containsExactly(
                FieldError.of("$.person.residenceMonths", "residenceMonths is too large, got 1E+400; at most "
                        + "2147483647 is allowed"));
        assertThat(errors(LINE.replace("\"residenceMonths\":40", "\"residenceMonths\":12.5"))).containsExactly(
                FieldError.of("$.person.residenceMonths", "residenceMonths must be a whole number, got 12.5"));
        String cost = LINE.replace("}]}}", "}]},\"recruitment\":{\"origin\":\"NPL\",\"destination\":\"QAT\","
                + "\"costsPaidByWorker\":[{\"item\":\"VISA\",\"amount\":AMOUNT,\"currency\":\"NPR\"}]}}");
        assertThat(errors(cost.replace("AMOUNT", "1E-60"))).containsExactly(FieldError.of(
                "$.recruitment.costsPaidByWorker[0].amount", "amount has too many decimal places: written without "
                        + "an exponent it has 61 digits, more than the limit maxNumberLength (40)"));
        assertThat(errors(cost.replace("AMOUNT", "1" + "0".repeat(60)))).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("$.recruitment.costsPaidByWorker[0].amount");
            assertThat(e.message()).startsWith("a number is longer than the limit maxNumberLength (40 characters)");
        });
    }

    @Test
    void aStringOverItsLimitIsNamedWhereItStartsWhateverWasReadBefore() {
        String line = LINE.replace("\"c-001\"", "\"" + "x".repeat(5000) + "\"");
        List<FieldError> first = errors(line);
        assertThat(first).containsExactly(FieldError.of("$.requestId", "a string is longer than the limit "
                + "maxStringLength (4096 characters) at line 1, column 14"));
        for (int n : new int[] {100, 4000, 20_000, 70_000}) {
            read(LINE.replace("\"p-1\"", "\"" + "y".repeat(Math.min(n, 4000)) + "\"").getBytes(StandardCharsets.UTF_8));
            read(LINE.replace("\"c-001\"", "\"" + "z".repeat(n) + "\"").getBytes(StandardCharsets.UTF_8));
            assertThat(errors(line)).isEqualTo(first);
        }
    }

    @Test
    void aLineOverTheLineLimit() {
        M4sdJson small = M4sdJson.create(Limits.builder().maxBatchLineBytes(50).build());
        JsonlReader.Entry entry = JsonlReader.readLine(1, LINE.getBytes(StandardCharsets.UTF_8), small);
        assertThat(((JsonlReader.Entry.Rejected) entry).result().errors()).containsExactly(FieldError.of("$",
                "the line is longer than the limit maxBatchLineBytes (50 bytes)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[", "{\"a\"", "{\"a\":", "{\"a\":1,", "{\"a\":tru}", "{\"a\":-}", "{\"a\":01}",
            "{\"a\":\"\\x\"}", "{\"a\":1}}", "{'a':1}", "{\"a\":Infinity}", "{\"a\":+1}", "{\"a\":.5}", "}",
            "{\"a\":\"\\ud800\"}", "{\"a\":[1,]}", "{,}", "nul", "\"x", "{\"a\":1 \"b\":2}", "[1 2]"})
    void noMessageShowsTheParsersInternals(String line) {
        for (FieldError e : errors(line)) {
            assertThat(e.message()).doesNotContain("JsonReadFeature", "end-of-input", "REDACTED", "code ",
                    "com.fasterxml", "Jackson", "Source:", "token", "VALUE_", "START_", "END_", "marker");
            assertThat(e.path()).startsWith("$");
        }
    }
}
