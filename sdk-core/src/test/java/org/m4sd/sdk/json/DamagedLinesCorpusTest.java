package org.m4sd.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.FieldError;

/**
 * The committed corpus of damaged request lines ({@link DamagedLines}): regenerated from its seed it gives the
 * same bytes, and the SDK's reader answers every line as its kind says, with the path and the message a user
 * sees for each kind of damage. The CLI, the HTTP service and the Spark job are run on the same file by their
 * own tests (DamagedLinesCliIT, DamagedLinesHttpIT, DamagedLinesSparkTest).
 */
class DamagedLinesCorpusTest {
    private static final M4sdJson JSON = M4sdJson.create();
    private static List<DamagedLines.Line> generated;
    private static byte[] corpus;
    private static List<String[]> index;

    @BeforeAll
    static void generate() throws IOException {
        generated = DamagedLines.generate(DamagedLines.validRequests(DamagedLines.DIR), DamagedLines.SEED);
        if (Boolean.getBoolean("m4sd.fuzz.write")) {
            Files.write(DamagedLines.DIR.resolve(DamagedLines.CORPUS), DamagedLines.corpus(generated));
            Files.write(DamagedLines.DIR.resolve(DamagedLines.INDEX), DamagedLines.index(generated));
            Files.write(DamagedLines.DIR.resolve(DamagedLines.ANSWERS), DamagedLines.answers(generated, JSON));
        }
        corpus = Files.readAllBytes(DamagedLines.DIR.resolve(DamagedLines.CORPUS));
        index = Files.readAllLines(DamagedLines.DIR.resolve(DamagedLines.INDEX), StandardCharsets.UTF_8).stream()
                .skip(1).map(l -> l.split("\t", -1)).toList();
    }

    /** The lines of the committed corpus, split at line feeds only, as every reader splits them. */
    private static List<byte[]> lines() {
        List<byte[]> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < corpus.length; i++) {
            if (corpus[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(corpus, from, i));
                from = i + 1;
            }
        }
        assertThat(from).as("the corpus ends with a line feed").isEqualTo(corpus.length);
        return lines;
    }

    @Test
    void regeneratingWithTheSeedGivesTheCommittedBytes() throws IOException {
        assertThat(DamagedLines.corpus(generated)).as("fuzz/%s; regenerate with -Dm4sd.fuzz.write=true",
                DamagedLines.CORPUS).isEqualTo(corpus);
        assertThat(new String(DamagedLines.index(generated), StandardCharsets.UTF_8)).isEqualTo(
                Files.readString(DamagedLines.DIR.resolve(DamagedLines.INDEX), StandardCharsets.UTF_8));
    }

    /** The answers the other entry points' tests compare with are the reader's answers today. */
    @Test
    void theCommittedAnswersAreTheReadersAnswers() throws IOException {
        assertThat(new String(DamagedLines.answers(generated, JSON), StandardCharsets.UTF_8)).as(
                "fuzz/%s; regenerate with -Dm4sd.fuzz.write=true", DamagedLines.ANSWERS).isEqualTo(
                Files.readString(DamagedLines.DIR.resolve(DamagedLines.ANSWERS), StandardCharsets.UTF_8));
    }

    @Test
    void theCorpusHoldsAtLeast2000LinesOfAtLeast40KindsEachOnSeveralRequests() {
        assertThat(lines()).hasSize(index.size()).hasSizeGreaterThanOrEqualTo(2000);
        Map<String, Integer> perKind = new TreeMap<>();
        index.forEach(row -> perKind.merge(row[1], 1, Integer::sum));
        assertThat(perKind.keySet()).hasSizeGreaterThanOrEqualTo(40)
                .containsExactlyInAnyOrderElementsOf(DamagedLines.kinds().keySet());
        assertThat(perKind.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(DamagedLines.PER_KIND));
        assertThat(index).anySatisfy(row -> assertThat(row[2]).isEqualTo("VALID"));
        for (int i = 0; i < index.size(); i++) {
            assertThat(index.get(i)[0]).isEqualTo(String.valueOf(i + 1));
        }
    }

    @Test
    void theFileReaderGivesOneEntryPerLineInOrderEqualToTheLineReader() throws IOException {
        List<byte[]> lines = lines();
        List<JsonlReader.Entry> entries = new ArrayList<>();
        try (JsonlReader reader = JsonlReader.of(new ByteArrayInputStream(corpus), JSON)) {
            reader.forEachRemaining(entries::add);
        }
        assertThat(entries).hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonlReader.Entry one = JsonlReader.readLine(i + 1, lines.get(i), JSON);
            assertThat(entries.get(i).line()).isEqualTo(i + 1);
            assertThat(entries.get(i)).as(describe(i, lines.get(i))).isEqualTo(one);
        }
    }

    /**
     * Every line gets the answer its kind says, and a rejected line of a kind that names one has an error at
     * that path whose message says what the kind says: per kind of damage, the path and the message a user sees.
     */
    @Test
    void everyLineIsAnsweredAsItsKindSaysAtThePathAndWithTheMessageOfItsKind() {
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        List<byte[]> lines = lines();
        Map<String, DamagedLines.Kind> kinds = DamagedLines.kinds();
        Map<String, String> firstMessage = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] row = index.get(i);
            DamagedLines.Kind kind = kinds.get(row[1]);
            JsonlReader.Entry entry = JsonlReader.readLine(i + 1, lines.get(i), JSON);
            String what = describe(i, lines.get(i)) + " (" + row[1] + ")";
            if (kind.expect() == DamagedLines.Expect.VALID) {
                soft.assertThat(entry).as(what).isInstanceOf(JsonlReader.Entry.Parsed.class);
                continue;
            }
            if (!(entry instanceof JsonlReader.Entry.Rejected)) {
                soft.fail(what + " was read as a valid request");
                continue;
            }
            List<FieldError> errors = ((JsonlReader.Entry.Rejected) entry).result().errors();
            soft.assertThat(errors).as(what).isNotEmpty().allSatisfy(e -> {
                assertThat(e.path()).startsWith("$");
                assertThat(e.message()).doesNotContain("Exception", "\tat ", "com.fasterxml", "Jackson",
                        "JsonReadFeature", "REDACTED", "end-of-input", "token");
            });
            if (kind.path() != null || kind.message() != null) {
                soft.assertThat(errors).as(what).anySatisfy(e -> {
                    if (kind.path() != null) {
                        assertThat(e.path()).isEqualTo(kind.path());
                    }
                    if (kind.message() != null) {
                        assertThat(e.message()).contains(kind.message());
                    }
                });
            }
            firstMessage.putIfAbsent(row[1], errors.get(0).path() + ": " + errors.get(0).message());
        }
        if (Boolean.getBoolean("m4sd.fuzz.print")) {
            firstMessage.forEach((k, m) -> System.out.println(k + "\t" + m));
        }
        soft.assertAll();
    }

    private static String describe(int i, byte[] line) {
        String text = new String(line, StandardCharsets.UTF_8);
        return "line " + (i + 1) + ": " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }
}
