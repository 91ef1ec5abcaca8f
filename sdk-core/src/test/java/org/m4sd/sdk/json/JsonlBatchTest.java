package org.m4sd.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.DecisionListener;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.Limits;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;

/** The JSONL reader, writer and batch runner, by example. */
class JsonlBatchTest {
    private final M4sdJson json = M4sdJson.create();

    private String line(String requestId) {
        EligibilityRequest r = EligibilityRequest.builder(requestId, LocalDate.of(2023, 6, 30), "ECU",
                Person.builder("p").build()).determinations(Determination.HEALTH_EMERGENCY_CARE).build();
        return json.writeRequest(r);
    }

    private static List<JsonNode> outputLines(String output) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : output.split("\n", -1)) {
            if (!l.isEmpty()) {
                out.add(JsonRoundTripProperties.PLAIN.readTree(l));
            }
        }
        assertThat(output).endsWith("\n");
        return out;
    }

    private static List<JsonlReader.Entry> read(JsonlReader reader) {
        List<JsonlReader.Entry> entries = new ArrayList<>();
        reader.forEachRemaining(entries::add);
        return entries;
    }

    @Test
    void theReaderYieldsOneEntryPerLineIncludingBlankOnes() {
        String input = line("a") + "\n\n   \n{\"requestId\":\"b\"}\r\n" + line("c");
        List<JsonlReader.Entry> entries = read(JsonlReader.of(new StringReader(input)));

        assertThat(entries).extracting(JsonlReader.Entry::line).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(entries.get(0)).isInstanceOfSatisfying(JsonlReader.Entry.Parsed.class,
                p -> assertThat(p.request().requestId()).isEqualTo("a"));
        assertThat(entries.get(1)).isInstanceOfSatisfying(JsonlReader.Entry.Rejected.class,
                r -> assertThat(r.result().errors()).containsExactly(
                        FieldError.of("$", "the request is empty or blank; expected one JSON object")));
        assertThat(entries.get(2)).isInstanceOf(JsonlReader.Entry.Rejected.class);
        assertThat(entries.get(3)).isInstanceOfSatisfying(JsonlReader.Entry.Rejected.class, r -> {
            assertThat(r.result().requestId()).contains("b");
            assertThat(r.result().errors()).extracting(FieldError::path)
                    .containsExactly("$.asOf", "$.jurisdiction", "$.person");
        });
        assertThat(entries.get(4)).isInstanceOf(JsonlReader.Entry.Parsed.class);
    }

    @Test
    void aFinalLineBreakDoesNotStartAnotherLine() {
        assertThat(read(JsonlReader.of(new StringReader(line("a") + "\n")))).hasSize(1);
        assertThat(read(JsonlReader.of(new StringReader("")))).isEmpty();
        assertThat(read(JsonlReader.of(new StringReader("\n")))).isEmpty();
    }

    @Test
    void aBlankLastLineIsNotALineButABlankLineBeforeItIs() {
        for (String end : List.of("\n\n", "\r\n\r\n", "\n  \t", "\n \n")) {
            String input = line("a") + end;
            byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
            for (JsonlReader reader : List.of(JsonlReader.of(new StringReader(input)),
                    JsonlReader.of(new ByteArrayInputStream(bytes), M4sdJson.create()))) {
                assertThat(read(reader)).as("%s", end.replace("\n", "\\n").replace("\r", "\\r")).singleElement()
                        .isInstanceOf(JsonlReader.Entry.Parsed.class);
            }
        }
        List<JsonlReader.Entry> twoBlank = read(JsonlReader.of(new StringReader(line("a") + "\n\n\n")));
        assertThat(twoBlank).extracting(JsonlReader.Entry::line).containsExactly(1L, 2L);
        assertThat(twoBlank.get(1)).isInstanceOf(JsonlReader.Entry.Rejected.class);
        List<JsonlReader.Entry> bom = read(JsonlReader.of(new StringReader(line("a") + "\n\uFEFF")));
        assertThat(bom).as("a byte order mark is not blank").hasSize(2);
    }

    @Test
    void anOverlongLineIsRejectedAndTheNextLineIsReadNormally() {
        M4sdJson small = M4sdJson.create(Limits.builder().maxBatchLineBytes(200).build());
        String longLine = "{\"requestId\":\"" + "x".repeat(100_000) + "\"}";
        String input = longLine + "\n" + line("ok");
        for (JsonlReader reader : List.of(JsonlReader.of(new StringReader(input), small),
                JsonlReader.of(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), small))) {
            List<JsonlReader.Entry> entries = read(reader);
            assertThat(entries).hasSize(2);
            assertThat(entries.get(0)).isInstanceOfSatisfying(JsonlReader.Entry.Rejected.class,
                    r -> assertThat(r.result().errors()).containsExactly(
                            FieldError.of("$", "the line is longer than the limit maxBatchLineBytes (200 bytes)")));
            assertThat(entries.get(1)).isInstanceOf(JsonlReader.Entry.Parsed.class);
        }
    }

    @Test
    void theLineLimitCountsUtf8BytesInBothReaders() {
        String id = "é".repeat(60); // 60 characters, 120 bytes
        String request = line(id);
        int bytes = request.getBytes(StandardCharsets.UTF_8).length;
        M4sdJson exact = M4sdJson.create(Limits.builder().maxBatchLineBytes(bytes).build());
        M4sdJson oneShort = M4sdJson.create(Limits.builder().maxBatchLineBytes(bytes - 1).build());
        assertThat(read(JsonlReader.of(new StringReader(request + "\r\n"), exact)).get(0))
                .isInstanceOf(JsonlReader.Entry.Parsed.class);
        assertThat(read(JsonlReader.of(new StringReader(request), oneShort)).get(0))
                .isInstanceOf(JsonlReader.Entry.Rejected.class);
        assertThat(read(JsonlReader.of(new ByteArrayInputStream((request + "\r\n").getBytes(StandardCharsets.UTF_8)),
                exact)).get(0)).isInstanceOf(JsonlReader.Entry.Parsed.class);
        assertThat(read(JsonlReader.of(new ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8)), oneShort))
                .get(0)).isInstanceOf(JsonlReader.Entry.Rejected.class);
    }

    @Test
    void aByteOrderMarkOnTheFirstLineIsIgnored() {
        String input = "\uFEFF" + line("a");
        assertThat(read(JsonlReader.of(new StringReader(input))).get(0)).isInstanceOf(JsonlReader.Entry.Parsed.class);
        assertThat(read(JsonlReader.of(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), json)).get(0))
                .isInstanceOf(JsonlReader.Entry.Parsed.class);
    }

    @Test
    void invalidUtf8OnOneLineRejectsThatLineOnly() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(line("a").getBytes(StandardCharsets.UTF_8));
        bytes.write('\n');
        bytes.writeBytes("{\"requestId\":\"".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3);
        bytes.write(0x28);
        bytes.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(line("c").getBytes(StandardCharsets.UTF_8));
        List<JsonlReader.Entry> entries = read(JsonlReader.of(new ByteArrayInputStream(bytes.toByteArray()), json));
        assertThat(entries).hasSize(3);
        assertThat(entries.get(1)).isInstanceOfSatisfying(JsonlReader.Entry.Rejected.class,
                r -> assertThat(r.result().errors()).containsExactly(FieldError.of("$", "the text is not valid UTF-8: "
                        + "byte 15 (0xC3) does not begin or continue a character; save the file as UTF-8")));
        assertThat(entries.get(2)).isInstanceOf(JsonlReader.Entry.Parsed.class);
    }

    @Test
    void theWriterWritesTheDocumentedLineShapes() throws Exception {
        StringWriter out = new StringWriter();
        JsonlWriter writer = JsonlWriter.of(out);
        TrivialEngine engine = TrivialEngine.withBatchSize(10);
        EligibilityRequest r = json.readRequest(line("a"));
        writer.write(new RecordResult.Decided(1, engine.evaluate(r)));
        writer.write(new RecordResult.Rejected(2, Optional.of("b"), List.of(FieldError.of("$.asOf", "asOf is required"))));
        writer.write(new RecordResult.Rejected(3, Optional.empty(), List.of(FieldError.of("$", "the line is blank"))));
        writer.flush();

        assertThat(writer.written()).isEqualTo(3);
        assertThat(out.toString()).isEqualTo(
                "{\"line\":1,\"requestId\":\"a\",\"decisions\":[" + json.writeDecision(engine.evaluate(r).decisions().get(0))
                        + "]}\n"
                        + "{\"line\":2,\"requestId\":\"b\",\"errors\":[{\"path\":\"$.asOf\",\"message\":\"asOf is required\"}]}\n"
                        + "{\"line\":3,\"errors\":[{\"path\":\"$\",\"message\":\"the line is blank\"}]}\n");
    }

    @Test
    void theBatchKeepsOrderInterleavesRejectionsAndChunksByBatchSize() throws Exception {
        String input = String.join("\n", line("a"), "not json", line("b"), line("c"), "",
                line(TrivialEngine.REJECT_PREFIX + "-d"), line("e")) + "\n";
        TrivialEngine engine = TrivialEngine.withBatchSize(2);
        StringWriter out = new StringWriter();

        JsonlBatch.Summary summary = JsonlBatch.run(engine, new StringReader(input), out);

        List<JsonNode> lines = outputLines(out.toString());
        assertThat(lines).extracting(n -> n.get("line").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(lines).extracting(n -> n.has("decisions")).containsExactly(true, false, true, true, false, false,
                true);
        assertThat(lines).extracting(n -> n.path("requestId").asText(null))
                .containsExactly("a", null, "b", "c", null, TrivialEngine.REJECT_PREFIX + "-d", "e");
        assertThat(lines.get(5).get("errors").get(0).get("message").asText()).isEqualTo("rejected by the test engine");
        assertThat(engine.chunkSizes).containsExactly(2, 2, 1);
        assertThat(summary.lines()).isEqualTo(7);
        assertThat(summary.decided()).isEqualTo(4);
        assertThat(summary.rejected()).isEqualTo(3);
        assertThat(summary.count(Determination.HEALTH_EMERGENCY_CARE, Outcome.UNDETERMINED)).isEqualTo(4);
        assertThat(summary.count(Determination.HEALTH_EMERGENCY_CARE, Outcome.ELIGIBLE)).isZero();
    }

    @Test
    void theBatchUsesTheEnginesLimits() throws Exception {
        EngineOptions options = EngineOptions.builder().limits(Limits.builder().maxBatchLineBytes(50).build()).build();
        StringWriter out = new StringWriter();
        JsonlBatch.Summary summary = JsonlBatch.run(new TrivialEngine(options), new StringReader(line("a")), out);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(out.toString()).contains("maxBatchLineBytes (50 bytes)");
    }

    @Test
    void rejectedLinesAreToldToTheListenerAndAFailingListenerDoesNotStopTheBatch() {
        List<Long> told = new CopyOnWriteArrayList<>();
        DecisionListener listener = new DecisionListener() {
            @Override
            public void onDecision(EligibilityRequest request, org.m4sd.sdk.decision.DecisionSet decisions) {
            }

            @Override
            public void onRejected(RecordResult.Rejected rejected) {
                told.add(rejected.line());
                throw new IllegalStateException("listener failure");
            }
        };
        TrivialEngine engine = new TrivialEngine(EngineOptions.builder().listener(listener).build());
        StringWriter out = new StringWriter();
        JsonlBatch.Summary summary = JsonlBatch.run(engine, new StringReader("x\n" + line("a") + "\n\n\n"), out);
        assertThat(told).containsExactly(1L, 3L);
        assertThat(summary.lines()).isEqualTo(3);
        assertThat(out.toString().split("\n")).hasSize(3);
    }

    @Test
    void anEmptyInputWritesNothing() {
        StringWriter out = new StringWriter();
        JsonlBatch.Summary summary = JsonlBatch.run(TrivialEngine.withBatchSize(3), new StringReader(""), out);
        assertThat(summary.lines()).isZero();
        assertThat(out.toString()).isEmpty();
    }
}
