package org.m4sd.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.Limits;
import org.m4sd.sdk.decision.RecordResult;

/**
 * A request given as a tree ({@link M4sdJson#readRequest(JsonNode)}, {@link JsonlReader#readTree}) gets the
 * answer its text gets ({@link JsonlReader#readLine}): the same request, or the same errors at the same paths.
 */
class TreeReadingTest {
    private static final M4sdJson JSON = M4sdJson.create();
    /** Reads text into the tree the codec's own parser builds: strict, decimals kept as written. */
    private static final ObjectMapper TREES = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final String LINE = "{\"requestId\":\"c-001\",\"asOf\":\"2023-06-30\",\"jurisdiction\":\"ECU\","
            + "\"person\":{\"id\":\"p-1\",\"birthDate\":\"1958-04-02\",\"residenceMonths\":40,"
            + "\"contributionPeriods\":[{\"country\":\"ECU\",\"from\":\"2001-01-01\",\"to\":\"2015-12-31\"}]}}";

    /** Messages about the bytes of the text rather than the request: its encoding, byte order marks. */
    private static final String ABOUT_THE_TEXT = "(?s).*(UTF-8|byte order mark).*";

    private static JsonNode tree(String text) throws JsonProcessingException {
        return TREES.readTree(text);
    }

    /**
     * Every line of the damaged-lines corpus (and every valid request) that is well-formed JSON: its tree gets the
     * text's answer, except where the text's answer is about its bytes (bad UTF-8, byte order marks), which a
     * tree does not have; a limit's message in text names a line and column, which a tree does not have either.
     */
    @Test
    void everyWellFormedLineOfTheCorpusGetsTheAnswerOfItsText() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(DamagedLines.DIR.resolve(DamagedLines.CORPUS),
                StandardCharsets.ISO_8859_1));
        lines.addAll(Files.readAllLines(DamagedLines.DIR.resolve(DamagedLines.VALID_REQUESTS),
                StandardCharsets.ISO_8859_1));
        int compared = 0;
        int valid = 0;
        int rejected = 0;
        for (String line : lines) {
            byte[] bytes = line.getBytes(StandardCharsets.ISO_8859_1);
            JsonNode tree;
            try {
                tree = TREES.readTree(new String(bytes, StandardCharsets.UTF_8));
            } catch (JsonProcessingException e) {
                continue; // not JSON: there is no tree to give
            }
            if (tree == null || tree.isMissingNode()) {
                continue;
            }
            JsonlReader.Entry text = JsonlReader.readLine(3, bytes, JSON);
            JsonlReader.Entry fromTree = JsonlReader.readTree(3, tree, JSON);
            if (text instanceof JsonlReader.Entry.Rejected r && r.result().errors().stream()
                    .anyMatch(e -> e.message().matches(ABOUT_THE_TEXT))) {
                // the text itself was at fault, its tree is not: no answer to compare
                continue;
            }
            assertThat(fromTree).as(line).isEqualTo(withoutLineAndColumn(text));
            compared++;
            if (fromTree instanceof JsonlReader.Entry.Parsed) {
                valid++;
            } else {
                rejected++;
            }
        }
        assertThat(compared).isGreaterThan(1_000);
        assertThat(valid).isGreaterThan(100);
        assertThat(rejected).isGreaterThan(500);
    }

    @Test
    void aValidTreeIsTheRequestOfItsText() throws JsonProcessingException {
        assertThat(JSON.readRequest(tree(LINE))).isEqualTo(JSON.readRequest(LINE));
        assertThat(JsonlReader.readTree(9, tree(LINE), JSON))
                .isEqualTo(new JsonlReader.Entry.Parsed(9, JSON.readRequest(LINE)));
    }

    @Test
    void anInvalidTreeThrowsWithEveryErrorOfItsText() throws JsonProcessingException {
        String bad = LINE.replace("\"ECU\",\"person\"", "\"XXX\",\"person\"").replace("1958-04-02", "1958-02-30");
        List<FieldError> expected = errorsOf(JsonlReader.readLine(1, bad.getBytes(StandardCharsets.UTF_8), JSON));
        assertThat(expected).extracting(FieldError::path).containsExactly("$.jurisdiction", "$.person.birthDate");
        assertThatThrownBy(() -> JSON.readRequest(tree(bad))).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).isEqualTo(expected));
        RecordResult.Rejected r = ((JsonlReader.Entry.Rejected) JsonlReader.readTree(4, tree(bad), JSON)).result();
        assertThat(r.line()).isEqualTo(4);
        assertThat(r.requestId()).contains("c-001");
        assertThat(r.errors()).isEqualTo(expected);
    }

    @Test
    void aStringOverTheLimitIsTheTextsErrorAtTheSamePathWithoutALineAndColumn() throws JsonProcessingException {
        M4sdJson strict = M4sdJson.create(Limits.builder().maxStringLength(12).build());
        String line = LINE.replace("c-001", "c-000000000000001");
        assertSameLimitError(strict, line, "$.requestId",
                "a string is longer than the limit maxStringLength (12 characters)");
    }

    @Test
    void aPropertyNameOverTheLimitIsTheTextsError() throws JsonProcessingException {
        M4sdJson strict = M4sdJson.create(Limits.builder().maxStringLength(12).build());
        String line = LINE.replace("\"residenceMonths\"", "\"residenceMonthsAndMore\"");
        assertSameLimitError(strict, line, "$.person.birthDate",
                "a property name is longer than the limit maxStringLength (12 characters)");
    }

    @Test
    void aNumberOverTheLimitIsTheTextsErrorAtTheSamePath() throws JsonProcessingException {
        M4sdJson strict = M4sdJson.create(Limits.builder().maxNumberLength(3).build());
        assertSameLimitError(strict, LINE.replace(":40,", ":40000,"), "$.person.residenceMonths",
                "a number is longer than the limit maxNumberLength (3 characters)");
    }

    @Test
    void nestingDeeperThanTheLimitIsTheTextsErrorAtTheSamePath() throws JsonProcessingException {
        assertSameLimitError(M4sdJson.create(Limits.builder().maxNestingDepth(2).build()), LINE,
                "$.person.contributionPeriods[0]",
                "the document nests objects and arrays deeper than the limit maxNestingDepth (2)");
        assertSameLimitError(M4sdJson.create(Limits.builder().maxNestingDepth(3).build()), LINE,
                "$.person.contributionPeriods[0]",
                "the document nests objects and arrays deeper than the limit maxNestingDepth (3)");
    }

    @Test
    void aDocumentLargerThanTheLimitIsTheTextsErrorAtTheRoot() throws JsonProcessingException {
        int size = LINE.getBytes(StandardCharsets.UTF_8).length;
        M4sdJson exact = M4sdJson.create(Limits.builder().maxDocumentBytes(size).build());
        assertThat(JsonlReader.readTree(1, tree(LINE), exact)).isInstanceOf(JsonlReader.Entry.Parsed.class);
        M4sdJson smaller = M4sdJson.create(Limits.builder().maxDocumentBytes(size - 1).build());
        List<FieldError> fromText = errorsOf(JsonlReader.readLine(1, LINE.getBytes(StandardCharsets.UTF_8), smaller));
        assertThat(errorsOf(JsonlReader.readTree(1, tree(LINE), smaller))).isEqualTo(fromText)
                .extracting(FieldError::path).containsExactly("$");
    }

    @Test
    void theTreeIsOnlyRead() throws JsonProcessingException {
        ObjectNode tree = (ObjectNode) tree(LINE);
        ObjectNode copy = tree.deepCopy();
        JSON.readRequest(tree);
        assertThat(tree).isEqualTo(copy);
    }

    private static void assertSameLimitError(M4sdJson json, String line, String path, String message)
            throws JsonProcessingException {
        FieldError fromText = only(errorsOf(JsonlReader.readLine(1, line.getBytes(StandardCharsets.UTF_8), json)));
        FieldError fromTree = only(errorsOf(JsonlReader.readTree(1, tree(line), json)));
        assertThat(fromTree).isEqualTo(new FieldError(path, message));
        assertThat(fromText.path()).isEqualTo(path);
        assertThat(fromText.message()).matches(java.util.regex.Pattern.quote(message) + " at line 1, column \\d+");
    }

    /** The entry with the line and column a limit's message names in text taken out: a tree has neither. */
    private static JsonlReader.Entry withoutLineAndColumn(JsonlReader.Entry entry) {
        if (entry instanceof JsonlReader.Entry.Rejected r) {
            List<FieldError> errors = r.result().errors().stream().map(e -> e.message().contains("than the limit max")
                    ? new FieldError(e.path(), e.message().replaceFirst(" at line \\d+, column \\d+$", "")) : e)
                    .toList();
            return new JsonlReader.Entry.Rejected(new RecordResult.Rejected(r.line(), r.result().requestId(), errors));
        }
        return entry;
    }

    private static FieldError only(List<FieldError> errors) {
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    private static List<FieldError> errorsOf(JsonlReader.Entry entry) {
        assertThat(entry).isInstanceOf(JsonlReader.Entry.Rejected.class);
        return ((JsonlReader.Entry.Rejected) entry).result().errors();
    }
}
