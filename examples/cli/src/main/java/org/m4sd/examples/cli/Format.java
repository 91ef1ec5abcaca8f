package org.m4sd.examples.cli;

import java.nio.file.Path;
import java.util.Locale;

/** File formats the CLI reads and writes. */
enum Format {
    /** One JSON document per line: requests in, batch result lines out (the SDK's JSONL contract). */
    JSONL,
    /** Comma-separated values with a header row: flat person facts in, one row per decision out (see {@link CsvCases}). */
    CSV,
    /**
     * One JSON document holding a request object or an array of them, as docs/examples shows them (input only;
     * results are written as JSONL or CSV).
     */
    JSON;

    /** The format given, else the one the file's extension names ({@code .csv}, {@code .json}), else JSONL. */
    static Format of(Format given, Path file) {
        if (given != null) {
            return given;
        }
        String name = file == null || file.getFileName() == null ? ""
                : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        return name.endsWith(".json") ? JSON : JSONL;
    }

    /** The format to write results in: as {@link #of}, but a {@code .json} file gets JSONL and JSON is refused. */
    static Format ofOutput(Format given, Path file) {
        if (given == JSON) {
            throw new UsageError("json is an input format; results are written as jsonl or csv");
        }
        Format f = of(given, file);
        return f == JSON ? JSONL : f;
    }
}
