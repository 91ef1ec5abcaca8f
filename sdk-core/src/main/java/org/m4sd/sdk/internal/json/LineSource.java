package org.m4sd.sdk.internal.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits a JSONL input into lines without ever holding more than one line, and never more than
 * {@code maxLineBytes} of it: the rest of an overlong line is skipped as it streams past. Lines end at
 * {@code \n}; a {@code \r} before it is dropped. A final line without a line break still counts; a line
 * break at the very end does not start another line. Lines are handed on as read: a byte order mark, blank
 * text and invalid UTF-8 are the codec's business, so that every path treats them alike.
 */
public abstract sealed class LineSource implements Closeable {
    /**
     * One line.
     *
     * @param number  1-based line number
     * @param text    the line without its line break, when read from characters (null otherwise or when too
     *                long)
     * @param bytes   the line's bytes without its line break, when read from bytes (null otherwise or when too
     *                long); not checked for UTF-8 here
     * @param tooLong whether the line exceeded the limit and was skipped
     */
    public record Line(long number, String text, byte[] bytes, boolean tooLong) {
    }

    final int maxLineBytes;
    long number;

    LineSource(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the input. */
    public abstract Line next() throws IOException;

    public static LineSource of(Reader in, int maxLineBytes) {
        return new Chars(in, maxLineBytes);
    }

    public static LineSource of(InputStream in, int maxLineBytes) {
        return new Bytes(in, maxLineBytes);
    }

    private static final class Chars extends LineSource {
        private final Reader in;
        private final char[] buf = new char[16 * 1024];
        private int pos;
        private int end;
        private boolean eof;
        private final StringBuilder line = new StringBuilder(1024);

        Chars(Reader in, int maxLineBytes) {
            super(maxLineBytes);
            this.in = in;
        }

        @Override
        public Line next() throws IOException {
            line.setLength(0);
            long bytes = 0;
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (pos == end) {
                    if (eof || !fill()) {
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                int start = pos;
                while (pos < end && buf[pos] != '\n') {
                    pos++;
                }
                int stop = pos;
                if (!tooLong) {
                    for (int i = start; i < stop; i++) {
                        char c = buf[i];
                        // surrogate pairs count 2 + 2 = 4 bytes, as in UTF-8
                        bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
                    }
                    if (bytes > maxLineBytes + 1L) {
                        tooLong = true;
                        line.setLength(0);
                    } else {
                        line.append(buf, start, stop - start);
                    }
                }
                if (pos < end) {
                    pos++; // the '\n'
                    break;
                }
            }
            number++;
            int n = line.length();
            if (!tooLong && n > 0 && line.charAt(n - 1) == '\r') {
                line.setLength(n - 1);
                bytes--;
            }
            if (tooLong || bytes > maxLineBytes) {
                return new Line(number, null, null, true);
            }
            return new Line(number, line.toString(), null, false);
        }

        private boolean fill() throws IOException {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                return false;
            }
            pos = 0;
            end = n;
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final class Bytes extends LineSource {
        private final InputStream in;
        private final byte[] buf = new byte[64 * 1024];
        private int pos;
        private int end;
        private boolean eof;
        private byte[] line = new byte[1024];
        private int length;

        Bytes(InputStream in, int maxLineBytes) {
            super(maxLineBytes);
            this.in = in;
        }

        @Override
        public Line next() throws IOException {
            length = 0;
            long bytes = 0;
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (pos == end) {
                    if (eof || !fill()) {
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                int start = pos;
                while (pos < end && buf[pos] != '\n') {
                    pos++;
                }
                int stop = pos;
                bytes += stop - start;
                if (!tooLong) {
                    // one byte of slack for a '\r' that may precede the '\n'
                    if (bytes > maxLineBytes + 1L) {
                        tooLong = true;
                        length = 0;
                    } else {
                        append(start, stop - start);
                    }
                }
                if (pos < end) {
                    pos++;
                    break;
                }
            }
            number++;
            if (!tooLong && length > 0 && line[length - 1] == '\r') {
                length--;
                bytes--;
            }
            if (tooLong || bytes > maxLineBytes) {
                return new Line(number, null, null, true);
            }
            return new Line(number, null, Arrays.copyOf(line, length), false);
        }

        private void append(int start, int n) {
            if (length + n > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
            }
            System.arraycopy(buf, start, line, length, n);
            length += n;
        }

        private boolean fill() throws IOException {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                return false;
            }
            pos = 0;
            end = n;
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

}
