package org.m4sd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.json.M4sdJson;

/**
 * The committed corpus of damaged request lines (sdk-core's {@code src/test/resources/fuzz}, made by its seeded
 * generator {@code DamagedLines}) through the real jar, {@code m4sd evaluate -i damaged-lines.jsonl}: one answer
 * per line, in order; each rejected line with exactly the errors of the SDK's reader (the committed answers file,
 * which the HTTP and Spark tests compare with too); each line the generator marked corrupt rejected; each valid
 * line decided as the engine decides it in process; no stack trace.
 */
class DamagedLinesCliIT {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path JAR = Path.of(System.getProperty("m4sd.jar", "target/m4sd.jar"));
    private static final Path FUZZ = Path.of(System.getProperty("m4sd.fuzz",
            "../../sdk-core/src/test/resources/fuzz"));

    @TempDir
    Path dir;

    @Test
    void everyDamagedLineIsAnsweredInOrderAsTheSdksReaderAnswersIt() throws Exception {
        Path corpus = FUZZ.resolve("damaged-lines.jsonl");
        List<String> expected = Files.readAllLines(FUZZ.resolve("damaged-lines.answers.jsonl"));
        List<String[]> kinds = Files.readAllLines(FUZZ.resolve("damaged-lines.kinds.tsv")).stream().skip(1)
                .map(l -> l.split("\t", -1)).toList();
        Path output = dir.resolve("answers.jsonl");

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "evaluate", "-i", corpus.toString(), "-o", output.toString()).start();
        p.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("m4sd finished").isTrue();

        assertThat(p.exitValue()).as(err.get()).isEqualTo(1); // some records invalid
        assertThat(out.get() + err.get()).doesNotContain("Exception", "\tat ");
        List<String> answers = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(answers).hasSize(expected.size()).hasSize(kinds.size());
        long valid = expected.stream().filter(l -> l.contains("\"valid\":true")).count();
        assertThat(err.get()).contains(String.format(java.util.Locale.ROOT, "%,d records: %,d decided, %,d invalid",
                expected.size(), valid, expected.size() - valid));

        M4sdJson json = M4sdJson.create();
        SoftAssertions soft = new SoftAssertions();
        try (EligibilityEngine engine = EligibilityEngine.create()) {
            for (int i = 0; i < answers.size(); i++) {
                JsonNode answer = MAPPER.readTree(answers.get(i));
                JsonNode reader = MAPPER.readTree(expected.get(i));
                String what = "line " + (i + 1) + " (" + kinds.get(i)[1] + ")";
                soft.assertThat(answer.path("line").asLong()).as(what).isEqualTo(i + 1);
                soft.assertThat(answer.path("requestId").asText(null)).as(what)
                        .isEqualTo(reader.path("requestId").asText(null));
                if (reader.has("errors")) {
                    soft.assertThat(answer.get("errors")).as(what).isEqualTo(reader.get("errors"));
                    soft.assertThat(answer.has("decisions")).as(what).isFalse();
                } else {
                    soft.assertThat(kinds.get(i)[2]).as(what).isEqualTo("VALID");
                    soft.assertThat(answer.has("errors")).as(what + ": " + answer.path("errors")).isFalse();
                    // the same decisions the engine makes in process on the same request
                    byte[] line = lineBytes(corpus, i);
                    JsonNode decided = MAPPER.readTree(json.writeDecisionSet(engine.evaluate(json.readRequest(line))));
                    soft.assertThat(answer.get("decisions")).as(what).isEqualTo(decided.get("decisions"));
                }
                if ("REJECTED".equals(kinds.get(i)[2])) {
                    soft.assertThat(answer.has("decisions")).as(what + " is corrupt and must not be decided")
                            .isFalse();
                }
            }
        }
        soft.assertAll();
    }

    private static List<byte[]> lines;

    private static byte[] lineBytes(Path corpus, int i) throws IOException {
        if (lines == null) {
            byte[] all = Files.readAllBytes(corpus);
            java.util.ArrayList<byte[]> split = new java.util.ArrayList<>();
            int from = 0;
            for (int b = 0; b < all.length; b++) {
                if (all[b] == '\n') {
                    split.add(java.util.Arrays.copyOfRange(all, from, b));
                    from = b + 1;
                }
            }
            lines = split;
        }
        return lines.get(i);
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
