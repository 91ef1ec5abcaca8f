package org.m4sd.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.m4sd.sdk.request.EligibilityRequest;

/** A JSONL stream with bad lines anywhere gives exactly one output line per input line, in order. */
class JsonlProperties {
    private final M4sdJson json = M4sdJson.create();

    /**
     * Requests drawn once from the shared generator: what this property varies is the shape of the stream, and
     * drawing a fresh request for every line would spend the run generating rather than streaming.
     */
    private static final List<EligibilityRequest> POOL = CodecArbitraries.requests().sampleStream().limit(64)
            .toList();

    /** One input line and what the output line for it must say. */
    record Line(String text, boolean valid, String requestId) {
    }

    @Provide
    Arbitrary<List<Line>> streams() {
        Arbitrary<Line> good = Arbitraries.of(POOL).map(r -> new Line(json.writeRequest(r), true, r.requestId()));
        Arbitrary<Line> engineRejected = Arbitraries.of(POOL)
                .map(r -> r.toBuilder().requestId(TrivialEngine.REJECT_PREFIX + r.requestId()).build())
                .map(r -> new Line(json.writeRequest(r), false, r.requestId()));
        Arbitrary<Line> bad = Arbitraries.of(
                new Line("", false, null),
                new Line("   \t", false, null),
                new Line("{", false, null),
                new Line("[]", false, null),
                new Line("null", false, null),
                new Line("{\"requestId\":\"half\"}", false, "half"),
                new Line("{\"requestId\":\"x\",\"asOf\":\"2023-02-30\",\"jurisdiction\":\"ECU\",\"person\":{\"id\":\"p\"}}",
                        false, "x"));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(5, good), net.jqwik.api.Tuple.of(3, bad),
                        net.jqwik.api.Tuple.of(1, engineRejected))
                .list().ofMaxSize(30);
    }

    @Property
    void oneOutputLinePerInputLineInOrder(@ForAll("streams") List<Line> lines,
            @ForAll @IntRange(min = 1, max = 7) int batchSize, @ForAll boolean crlf) throws Exception {
        String input = String.join(crlf ? "\r\n" : "\n", lines.stream().map(Line::text).toList());
        if (!lines.isEmpty() && lines.get(lines.size() - 1).text().isBlank()) {
            // a blank last line is not a line (the extra break an editor leaves): only text after it keeps it one
            input += "\n" + "{\"requestId\":\"tail\"}";
            lines = new ArrayList<>(lines);
            lines.add(new Line("{\"requestId\":\"tail\"}", false, "tail"));
        }
        TrivialEngine engine = TrivialEngine.withBatchSize(batchSize);
        StringWriter out = new StringWriter();

        JsonlBatch.Summary summary = JsonlBatch.run(engine, new StringReader(input), out);

        List<JsonNode> output = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            if (!l.isEmpty()) {
                output.add(JsonRoundTripProperties.PLAIN.readTree(l));
            }
        }
        assertThat(output).hasSameSizeAs(lines);
        for (int i = 0; i < lines.size(); i++) {
            Line expected = lines.get(i);
            JsonNode actual = output.get(i);
            assertThat(actual.get("line").asLong()).isEqualTo(i + 1L);
            assertThat(actual.has("decisions")).as("line %d: %s", i + 1, expected.text()).isEqualTo(expected.valid());
            assertThat(actual.has("errors")).isEqualTo(!expected.valid());
            assertThat(actual.path("requestId").asText(null)).isEqualTo(expected.requestId());
        }
        long valid = lines.stream().filter(Line::valid).count();
        assertThat(summary.lines()).isEqualTo(lines.size());
        assertThat(summary.decided()).isEqualTo(valid);
        assertThat(summary.rejected()).isEqualTo(lines.size() - valid);
        assertThat(engine.chunkSizes).allSatisfy(size -> assertThat(size).isBetween(1, batchSize));
    }

    @Property
    void everyValidLineReadsBackAsTheRequestWritten(@ForAll("requestLists") List<EligibilityRequest> requests) {
        String input = String.join("\n", requests.stream().map(json::writeRequest).toList());
        List<JsonlReader.Entry> entries = new ArrayList<>();
        JsonlReader.of(new StringReader(input)).forEachRemaining(entries::add);
        assertThat(entries).hasSameSizeAs(requests);
        for (int i = 0; i < requests.size(); i++) {
            assertThat(entries.get(i)).isEqualTo(new JsonlReader.Entry.Parsed(i + 1L, requests.get(i)));
        }
    }

    @Provide
    Arbitrary<List<EligibilityRequest>> requestLists() {
        return Arbitraries.of(POOL).list().ofMaxSize(8);
    }
}
