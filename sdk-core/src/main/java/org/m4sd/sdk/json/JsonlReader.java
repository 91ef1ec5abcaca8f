package org.m4sd.sdk.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.Limits;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.internal.Checks;
import org.m4sd.sdk.internal.json.JsonCodec;
import org.m4sd.sdk.internal.json.LineSource;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * Reads a JSONL batch, one request per line, as a stream: only the current line is held, and a line longer
 * than {@link Limits#maxBatchLineBytes()} is skipped as it streams past, never buffered whole.
 *
 * <p>Every line yields exactly one {@link Entry}, in order: the request it holds, or a
 * {@link RecordResult.Rejected} with the line number, every problem found and the request id when it could be
 * read. Lines end at {@code \n}, with or without a {@code \r} before it. Blank lines count as lines and are
 * rejected, except the last line of the input when it is blank (the extra line break or spaces an editor leaves
 * at the end of a file), which is not a line. A byte order mark (U+FEFF) at the start of any line is skipped, so files joined with {@code cat}
 * read as their parts do. Read from bytes, a line that is not valid UTF-8 is rejected with the position of the
 * first bad byte; no byte is ever replaced. The CLI, the HTTP service and the Spark job read every line this way
 * ({@link #readLine(long, byte[], M4sdJson)}), so the same bytes get the same answer everywhere.
 *
 * <p>Not thread-safe. Closing the reader closes the input.
 */
@API(status = STABLE, since = "0.1")
public final class JsonlReader implements Iterator<JsonlReader.Entry>, Closeable {

    /** What one line of the batch held. */
    @API(status = STABLE, since = "0.1")
    public sealed interface Entry permits Entry.Parsed, Entry.Rejected {
        /** The 1-based line number. */
        long line();

        /**
         * A line that held a valid request.
         *
         * @param line    1-based line number
         * @param request the request
         */
        @API(status = STABLE, since = "0.1")
        record Parsed(long line, EligibilityRequest request) implements Entry {
            /** Rejects a null request. */
            public Parsed {
                Checks.required(request, "request");
            }
        }

        /**
         * A line that did not hold a valid request.
         *
         * @param result the line number, request id when known, and problems
         */
        @API(status = STABLE, since = "0.1")
        record Rejected(RecordResult.Rejected result) implements Entry {
            /** Rejects a null result. */
            public Rejected {
                Checks.required(result, "result");
            }

            @Override
            public long line() {
                return result.line();
            }
        }
    }

    private final LineSource lines;
    private final JsonCodec codec;
    private Entry next;
    private boolean done;
    /** A line read ahead to learn whether a blank line was the input's last. */
    private LineSource.Line held;

    private JsonlReader(LineSource lines, JsonCodec codec) {
        this.lines = lines;
        this.codec = codec;
    }

    /** Reads characters with the limits of {@code json}. */
    public static JsonlReader of(Reader in, M4sdJson json) {
        Objects.requireNonNull(in, "in is required");
        return new JsonlReader(LineSource.of(in, json.limits().maxBatchLineBytes()), json.codec());
    }

    /** Reads UTF-8 bytes with the limits of {@code json}; a line that is not valid UTF-8 is rejected. */
    public static JsonlReader of(InputStream in, M4sdJson json) {
        Objects.requireNonNull(in, "in is required");
        return new JsonlReader(LineSource.of(in, json.limits().maxBatchLineBytes()), json.codec());
    }

    /** Reads characters with {@link Limits#defaults()}. */
    public static JsonlReader of(Reader in) {
        return of(in, M4sdJson.create());
    }

    /**
     * {@inheritDoc}
     *
     * @throws UncheckedIOException when the input cannot be read
     */
    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = read();
            done = next == null;
        }
        return next != null;
    }

    /**
     * {@inheritDoc}
     *
     * @throws UncheckedIOException when the input cannot be read
     */
    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more lines");
        }
        Entry e = next;
        next = null;
        return e;
    }

    private Entry read() {
        LineSource.Line line = held != null ? held : nextLine();
        held = null;
        if (line == null) {
            return null;
        }
        if (blank(line)) {
            held = nextLine();
            if (held == null) {
                return null;
            }
        }
        if (line.tooLong()) {
            return tooLong(line.number(), codec);
        }
        return entry(line.number(), line.bytes() != null ? codec.parseRequest(line.bytes())
                : codec.parseRequest(line.text()));
    }

    private LineSource.Line nextLine() {
        try {
            return lines.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a line holds nothing but spaces, tabs and carriage returns (a byte order mark makes it not blank). */
    private static boolean blank(LineSource.Line line) {
        if (line.tooLong()) {
            return false;
        }
        if (line.text() != null) {
            return line.text().chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r');
        }
        for (byte b : line.bytes()) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads one line of a batch exactly as this reader reads each line of a file, for callers that split lines
     * themselves (a Spark job, a message queue): strict UTF-8, one byte order mark at its start skipped, a
     * {@code \r} at its end dropped, blank text rejected, at most {@link Limits#maxBatchLineBytes()} bytes.
     *
     * @param line  the 1-based line number the entry carries
     * @param utf8  the line's bytes, with or without its line break
     * @param json  the codec whose limits apply
     * @return the request the line holds, or the line rejected with every problem found
     * @since 0.2
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    public static Entry readLine(long line, byte[] utf8, M4sdJson json) {
        Objects.requireNonNull(utf8, "utf8 is required");
        JsonCodec codec = Objects.requireNonNull(json, "json is required").codec();
        int length = utf8.length;
        if (length > 0 && utf8[length - 1] == '\n') {
            length--;
        }
        if (length > 0 && utf8[length - 1] == '\r') {
            length--;
        }
        if (length > codec.limits().maxBatchLineBytes()) {
            return tooLong(line, codec);
        }
        return entry(line, codec.parseRequest(length == utf8.length ? utf8 : Arrays.copyOf(utf8, length)));
    }

    /**
     * Reads one record given as a JSON tree rather than a line, for callers whose records are not text (the
     * rows of a table): checked as {@link M4sdJson#readRequest(JsonNode)} checks a tree, which is how
     * {@link #readLine} checks the same record's text, with the same field paths and messages, never throwing
     * for bad input.
     *
     * @param line    the 1-based record number the entry carries
     * @param request the record's request as a tree; only read
     * @param json    the codec whose limits apply
     * @return the request, or the record rejected with every problem found and the request id when it could
     *         be read
     * @since 0.2
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    public static Entry readTree(long line, JsonNode request, M4sdJson json) {
        Objects.requireNonNull(request, "request is required");
        return entry(line, Objects.requireNonNull(json, "json is required").codec().parseRequest(request));
    }

    private static Entry entry(long n, JsonCodec.Parsed parsed) {
        if (parsed.request().isPresent()) {
            return new Entry.Parsed(n, parsed.request().get());
        }
        return new Entry.Rejected(new RecordResult.Rejected(n, parsed.requestId(), parsed.errors()));
    }

    private static Entry tooLong(long n, JsonCodec codec) {
        return new Entry.Rejected(new RecordResult.Rejected(n, Optional.empty(), List.of(FieldError.of("$",
                "the line is longer than the limit maxBatchLineBytes (" + codec.limits().maxBatchLineBytes()
                        + " bytes)"))));
    }

    /** Closes the input. */
    @Override
    public void close() throws IOException {
        done = true;
        next = null;
        lines.close();
    }
}
