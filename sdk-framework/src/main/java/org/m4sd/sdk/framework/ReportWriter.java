package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.Writer;
import org.apiguardian.api.API;

/**
 * Writes a {@link ResultsReport} in one publication format. The SDK registers {@code json}, {@code csv} and
 * {@code iati-xml}; another format is added by registering an implementation for {@link java.util.ServiceLoader}
 * and is then written by {@link ResultsReport#write(String, Writer)}. Implementations are stateless and safe to
 * share between threads.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface ReportWriter {

    /** The format's name, as {@link ResultsReport#write(String, Writer)} takes it, e.g. {@code json}. */
    String format();

    /** Writes the report; does not close {@code out}. */
    void write(ResultsReport report, Writer out) throws IOException;
}
