package org.m4sd.sdk.json;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apiguardian.api.API;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.internal.json.JsonCodec;

/**
 * Writes batch results as JSONL, one line per {@link RecordResult}, each ending in {@code \n}:
 * <ul>
 *   <li>decided: {@code {"line":n,"requestId":"...","decisions":[...]}}</li>
 *   <li>rejected: {@code {"line":n,"requestId":"...","errors":[{"path":"...","message":"..."}]}}, with
 *       {@code requestId} left out when it could not be read</li>
 * </ul>
 * The line shape is published as {@code org/m4sd/sdk/schema/batch-line.schema.json}. Not thread-safe.
 * Closing the writer closes the output.
 */
@API(status = STABLE, since = "0.1")
public final class JsonlWriter implements Closeable, Flushable {
    private final Writer out;
    private final JsonCodec codec;
    private long written;

    private JsonlWriter(Writer out, JsonCodec codec) {
        this.out = out;
        this.codec = codec;
    }

    /** Writes to characters. Wrap {@code out} in a buffer if it is not one already. */
    public static JsonlWriter of(Writer out) {
        return new JsonlWriter(Objects.requireNonNull(out, "out is required"), M4sdJson.create().codec());
    }

    /** Writes UTF-8 bytes, buffered. */
    public static JsonlWriter of(OutputStream out) {
        Objects.requireNonNull(out, "out is required");
        return of(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024));
    }

    /**
     * Writes one result as one line.
     *
     * @throws UncheckedIOException when the output cannot be written
     */
    public void write(RecordResult result) {
        Objects.requireNonNull(result, "result is required");
        try {
            codec.writeRecordResult(result, out);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written++;
    }

    /** Lines written so far. */
    public long written() {
        return written;
    }

    /** Flushes the output. */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes and closes the output. */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
