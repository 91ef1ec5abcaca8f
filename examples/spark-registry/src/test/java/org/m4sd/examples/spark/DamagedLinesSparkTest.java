package org.m4sd.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.PackageVersion;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.json.JsonlReader;
import org.m4sd.sdk.json.M4sdJson;

/**
 * The committed corpus of damaged request lines (sdk-core's {@code src/test/resources/fuzz}, made by its seeded
 * generator {@code DamagedLines}) read on the Jackson that Spark brings (this module's tests run on it): every
 * line through {@link JsonlReader#readLine} gets the answer the CLI and the HTTP service give (the committed
 * answers file), and no corrupt line is read as a request; and every well-formed line, given as the tree a row
 * becomes ({@link JsonlReader#readTree}, as {@link RegistryReader} reads each row), gets the same answer but for
 * the line and column a limit's message names in text. The job has no JSONL-text input (it reads a Parquet
 * registry, whose typed columns cannot hold damaged bytes).
 */
class DamagedLinesSparkTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Reads a line into the tree the SDK's parser builds: strict, decimals kept as written. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    /** Messages about a line's bytes (encoding, byte order marks), which a tree does not have. */
    private static final String ABOUT_BYTES = "(?s).*(UTF-8|byte order mark).*";
    private static final Path FUZZ = Path.of(System.getProperty("m4sd.fuzz",
            "../../sdk-core/src/test/resources/fuzz"));

    @Test
    void everyDamagedLineIsReadAsOnEveryOtherPathOnSparksJackson() throws Exception {
        byte[] corpus = Files.readAllBytes(FUZZ.resolve("damaged-lines.jsonl"));
        List<String> expected = Files.readAllLines(FUZZ.resolve("damaged-lines.answers.jsonl"), StandardCharsets.UTF_8);
        List<String[]> kinds = Files.readAllLines(FUZZ.resolve("damaged-lines.kinds.tsv")).stream().skip(1)
                .map(l -> l.split("\t", -1)).toList();
        List<byte[]> lines = new ArrayList<>();
        int from = 0;
        for (int b = 0; b < corpus.length; b++) {
            if (corpus[b] == '\n') {
                lines.add(Arrays.copyOfRange(corpus, from, b));
                from = b + 1;
            }
        }
        assertThat(lines).hasSize(expected.size()).hasSize(kinds.size()).hasSizeGreaterThanOrEqualTo(2000);
        assertThat(PackageVersion.VERSION.toString()).as("the Jackson these tests run on")
                .isEqualTo(System.getProperty("spark-jackson.version", PackageVersion.VERSION.toString()));

        M4sdJson json = M4sdJson.create();
        SoftAssertions soft = new SoftAssertions();
        int trees = 0;
        for (int i = 0; i < lines.size(); i++) {
            JsonNode reader = MAPPER.readTree(expected.get(i));
            String what = "line " + (i + 1) + " (" + kinds.get(i)[1] + ")";
            JsonlReader.Entry entry = JsonlReader.readLine(i + 1, lines.get(i), json);
            soft.assertThat(entry.line()).as(what).isEqualTo(i + 1);
            if (entry instanceof JsonlReader.Entry.Rejected r) {
                ArrayNode errors = MAPPER.createArrayNode();
                r.result().errors().forEach(e -> errors.addObject().put("path", e.path()).put("message", e.message()));
                soft.assertThat(errors).as(what).isEqualTo(reader.get("errors"));
                soft.assertThat(r.result().requestId().orElse(null)).as(what)
                        .isEqualTo(reader.path("requestId").asText(null));
                JsonNode tree = tree(lines.get(i));
                if (tree != null && r.result().errors().stream().noneMatch(e -> e.message().matches(ABOUT_BYTES))) {
                    soft.assertThat(JsonlReader.readTree(i + 1, tree, json)).as(what + " as a tree")
                            .isEqualTo(withoutLineAndColumn(r.result()));
                    trees++;
                }
            } else {
                JsonNode tree = tree(lines.get(i));
                soft.assertThat(tree).as(what + " is one JSON document").isNotNull();
                if (tree != null) {
                    soft.assertThat(JsonlReader.readTree(i + 1, tree, json)).as(what + " as a tree").isEqualTo(entry);
                    trees++;
                }
                soft.assertThat(reader.has("valid")).as(what + " is rejected on every other path").isTrue();
                soft.assertThat(kinds.get(i)[2]).as(what + " is corrupt and must not be read as a request")
                        .isEqualTo("VALID");
            }
        }
        soft.assertAll();
        assertThat(trees).as("lines also read as trees").isGreaterThan(1_000);
    }

    /** The line's tree as the SDK's parser builds it, or null when the line is not one JSON document (or blank). */
    private static JsonNode tree(byte[] line) {
        try {
            JsonNode tree = STRICT.readTree(line);
            return tree == null || tree.isMissingNode() ? null : tree;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The rejection as a tree gets it: a limit's message in text names a line and column, a tree has neither. */
    private static JsonlReader.Entry withoutLineAndColumn(RecordResult.Rejected r) {
        List<FieldError> errors = r.errors().stream().map(e -> e.message().contains("than the limit max")
                ? new FieldError(e.path(), e.message().replaceFirst(" at line \\d+, column \\d+$", "")) : e).toList();
        return new JsonlReader.Entry.Rejected(new RecordResult.Rejected(r.line(), r.requestId(), errors));
    }
}
