package org.m4sd.examples.cli;

import java.nio.file.Path;
import java.util.Locale;

/** File formats the CLI reads and writes. */
enum Format {
    /** One JSON document per line: requests in, batch result lines out (the SDK's JSONL contract). */
    JSONL,
    /** Comma-separated values with a header row: flat person facts in, one row per decision out (see {@link CsvCases}). */
    CSV;

    /** The format given, else the one the file's extension names, else JSONL. */
    static Format of(Format given, Path file) {
        if (given != null) {
            return given;
        }
        if (file != null && file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return CSV;
        }
        return JSONL;
    }
}
