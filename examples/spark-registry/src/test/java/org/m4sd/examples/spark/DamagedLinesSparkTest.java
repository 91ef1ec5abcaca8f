package org.m4sd.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.PackageVersion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.json.JsonlReader;
import org.m4sd.sdk.json.M4sdJson;

/**
 * The committed corpus of damaged request lines (sdk-core's {@code src/test/resources/fuzz}, made by its seeded
 * generator {@code DamagedLines}) read as the Spark job reads a record: {@link JsonlReader#readLine} with the
 * record's number, as {@link RegistryReader} calls it on each row's request, here on the Jackson that Spark
 * brings (this module's tests run on it). The job has no JSONL-text input (it reads a Parquet registry, whose
 * typed columns cannot hold damaged bytes), so the line reader it calls is the path tried. Every line gets the
 * answer the CLI and the HTTP service give (the committed answers file), and no corrupt line is read as a
 * request.
 */
class DamagedLinesSparkTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
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
            } else {
                soft.assertThat(reader.has("valid")).as(what + " is rejected on every other path").isTrue();
                soft.assertThat(kinds.get(i)[2]).as(what + " is corrupt and must not be read as a request")
                        .isEqualTo("VALID");
            }
        }
        soft.assertAll();
    }
}
