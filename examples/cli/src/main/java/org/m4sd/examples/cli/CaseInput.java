package org.m4sd.examples.cli;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.m4sd.sdk.json.JsonlReader;
import org.m4sd.sdk.json.M4sdJson;
import picocli.CommandLine.Option;

/** The {@code --input} and {@code --input-format} options, and reading cases from them. */
final class CaseInput {
    @Option(names = {"-i", "--input"}, paramLabel = "FILE", defaultValue = "-",
            description = "Cases to decide: a JSONL or CSV file, or - for stdin (default: ${DEFAULT-VALUE}).")
    String input;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "jsonl or csv (default: csv for a .csv file, else jsonl).")
    Format format;

    boolean stdin() {
        return "-".equals(input);
    }

    Format format() {
        return Format.of(format, stdin() ? null : Path.of(input));
    }

    /** Opens the cases; an input file that does not exist is a usage error. */
    Cases open(M4sdJson json) {
        InputStream raw;
        long size = -1;
        if (stdin()) {
            raw = System.in;
        } else {
            Path path = Path.of(input);
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new UsageError("cannot read input file " + path + ": it does not exist or is not a readable file");
            }
            try {
                size = Files.size(path);
                raw = Files.newInputStream(path);
            } catch (IOException e) {
                throw new UsageError("cannot read input file " + path + ": " + e.getMessage());
            }
        }
        Counting counting = new Counting(raw);
        if (format() == Format.CSV) {
            CsvCases.Reader reader = CsvCases.reader(counting, json);
            return new Cases(reader, reader, counting, size);
        }
        JsonlReader reader = JsonlReader.of(counting, json);
        return new Cases(reader, reader, counting, size);
    }

    /** Open cases: the entries, how many bytes have been read, and the input's size when known. */
    static final class Cases implements Closeable {
        final Iterator<JsonlReader.Entry> entries;
        private final Closeable closeable;
        private final Counting counting;
        final long size;

        Cases(Iterator<JsonlReader.Entry> entries, Closeable closeable, Counting counting, long size) {
            this.entries = entries;
            this.closeable = closeable;
            this.counting = counting;
            this.size = size;
        }

        long bytesRead() {
            return counting.count;
        }

        @Override
        public void close() {
            try {
                closeable.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Counts the bytes read, for the progress bar. */
    static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
