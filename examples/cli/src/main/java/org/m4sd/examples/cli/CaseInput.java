package org.m4sd.examples.cli;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.m4sd.sdk.json.JsonlReader;
import org.m4sd.sdk.json.M4sdJson;
import picocli.CommandLine.Option;

/** The {@code --input} and {@code --input-format} options, and reading cases from them. */
final class CaseInput {
    /** A JSON document is read whole; larger inputs belong in JSONL, read a line at a time. */
    static final long MAX_JSON_DOCUMENT_BYTES = 64L * 1024 * 1024;

    @Option(names = {"-i", "--input"}, paramLabel = "FILE", defaultValue = "-",
            description = "Cases to decide: a JSONL or CSV file, a directory of scenario files (the request of each"
                    + " *.json under it), or - for stdin (default: ${DEFAULT-VALUE}).")
    String input;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "jsonl, csv or json (one request or an array; default: csv for a .csv file, json for a"
                    + " .json file, else jsonl).")
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
            if (Files.isDirectory(path)) {
                ScenarioCases scenarios = ScenarioCases.read(path);
                Counting counting = new Counting(scenarios.jsonl());
                JsonlReader reader = JsonlReader.of(counting, json);
                return new Cases(reader, reader, counting, -1, scenarios.names());
            }
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
        if (format() == Format.JSON) {
            return new Cases(JsonDocumentCases.read(counting, json, MAX_JSON_DOCUMENT_BYTES), counting, counting,
                    size, List.of());
        }
        if (format() == Format.CSV) {
            CsvCases.Reader reader = CsvCases.reader(counting, json);
            return new Cases(reader, reader, counting, size, List.of());
        }
        JsonlReader reader = JsonlReader.of(counting, json);
        return new Cases(reader, reader, counting, size, List.of());
    }

    /**
     * Open cases: the entries, how many bytes have been read, the input's size when known, and the cases' names
     * by line when the input names them (scenario files), else an empty list.
     */
    static final class Cases implements Closeable {
        final Iterator<JsonlReader.Entry> entries;
        private final Closeable closeable;
        private final Counting counting;
        final long size;
        private final List<String> names;

        Cases(Iterator<JsonlReader.Entry> entries, Closeable closeable, Counting counting, long size,
                List<String> names) {
            this.entries = entries;
            this.closeable = closeable;
            this.counting = counting;
            this.size = size;
            this.names = names;
        }

        /** The name of the case on {@code line} (1-based), or null when the input does not name its cases. */
        String name(long line) {
            return line >= 1 && line <= names.size() ? names.get((int) (line - 1)) : null;
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
