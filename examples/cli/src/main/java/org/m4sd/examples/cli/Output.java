package org.m4sd.examples.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes its results or report: a file, or stdout. Shared by every command that writes one. */
final class Output {
    private Output() {
    }

    /**
     * A buffered UTF-8 writer over {@code path}, its directories created first, or over stdout when
     * {@code path} is null (an {@code -o -}); closing a writer over stdout flushes it and leaves stdout open.
     */
    static Writer open(Path path) {
        if (path == null) {
            return new BufferedWriter(new OutputStreamWriter(new NonClosing(System.out), StandardCharsets.UTF_8),
                    64 * 1024);
        }
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Keeps stdout open when a writer over it is closed, so the summary and later output still work. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
