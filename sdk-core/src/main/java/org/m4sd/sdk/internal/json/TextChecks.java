package org.m4sd.sdk.internal.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The checks every request text goes through before it is parsed, whichever way it came in (a JSONL line, an
 * HTTP body, a registry record): strict UTF-8, one byte order mark allowed at the start, blank text reported as
 * such. One place, so that the same bytes give the same answer on every path.
 */
final class TextChecks {
    /** The byte order mark, U+FEFF. */
    static final char BOM = '\uFEFF';

    /** The message for text that holds nothing but whitespace. */
    static final String BLANK = "the request is empty or blank; expected one JSON object";

    private TextChecks() {
    }

    /** The message for a byte order mark after the one allowed. */
    static final String TWO_BOMS = "the text starts with more than one byte order mark (U+FEFF); at most one is "
            + "allowed, at the very start";

    /** 3 when {@code bytes} hold the UTF-8 byte order mark at {@code at}, else 0. */
    static int bomLength(byte[] bytes, int at) {
        return bytes.length >= at + 3 && bytes[at] == (byte) 0xEF && bytes[at + 1] == (byte) 0xBB
                && bytes[at + 2] == (byte) 0xBF ? 3 : 0;
    }

    /**
     * Null when {@code bytes} from {@code from} are valid UTF-8; else a message naming the first bad byte by its
     * position (1-based, counted from the start of the line or body) and value. Never replaces a byte.
     */
    static String notUtf8(byte[] bytes, int from) {
        int i = from;
        int n = bytes.length;
        while (i < n && bytes[i] >= 0) {
            i++; // ASCII: the common case, checked without a decoder
        }
        if (i == n) {
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, i, n - i);
        CharBuffer out = CharBuffer.allocate(Math.min(n - i, 8192) + 2);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                int at = in.position();
                return "the text is not valid UTF-8: byte " + (at + 1) + String.format(Locale.ROOT, " (0x%02X)",
                        bytes[at] & 0xFF) + " does not begin or continue a character; save the file as UTF-8";
            }
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            r = decoder.flush(out);
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            return null;
        }
    }

    /** Whether the bytes from {@code from} are empty or only JSON whitespace (space, tab, CR, LF). */
    static boolean isBlank(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Whether the text from {@code from} is empty or only JSON whitespace. */
    static boolean isBlank(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }
}
