package org.m4sd.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.m4sd.sdk.json.JsonlReader;
import org.m4sd.sdk.json.M4sdJson;

/**
 * The requests of a JSON document: one request object, or an array of them (the pretty-printed form a newcomer
 * writes first, as in docs/examples). Each request is read by the same strict reader as a JSONL line, numbered by
 * its place in the array (1 for a single object), from its own bytes, so it gets exactly the answer its one-line
 * form would (a repeated key, a number too long, text that is not UTF-8).
 *
 * <p>A document that is not JSON at all is one record, answered with the strict reader's error at the line and
 * column where it breaks.
 */
final class JsonDocumentCases {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonDocumentCases() {
    }

    /** The entries of the document read from {@code in}, at most {@code maxBytes} of it. */
    static Iterator<JsonlReader.Entry> read(InputStream in, M4sdJson json, long maxBytes) {
        byte[] document;
        try {
            document = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (document.length > maxBytes) {
            throw new UsageError("the JSON document is larger than " + maxBytes + " bytes; for more requests, "
                    + "write one per line (JSONL)");
        }
        List<JsonlReader.Entry> entries = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(document)) {
            if (parser.nextToken() == JsonToken.START_ARRAY) {
                long n = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    int from = (int) parser.currentTokenLocation().getByteOffset();
                    parser.skipChildren();
                    int to = (int) parser.currentLocation().getByteOffset();
                    entries.add(JsonlReader.readLine(++n, Arrays.copyOfRange(document, from, to), json));
                }
                if (parser.nextToken() == null) {
                    return entries.iterator();
                }
            }
        } catch (JsonProcessingException e) {
            // not an array of JSON values: the strict reader reports the whole document below
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // One object, or a document that is not JSON: one record, which the strict reader decides or rejects with
        // its reason in plain words at its path.
        entries.clear();
        entries.add(JsonlReader.readLine(1, document, json));
        return entries.iterator();
    }
}
