package org.m4sd.sdk.internal.framework;

import java.io.IOException;
import java.io.Writer;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ReportWriter;

/** The publication formats the SDK registers for {@link java.util.ServiceLoader}: JSON, CSV and IATI XML. */
public final class ReportFormats {
    private ReportFormats() {
    }

    /** JSON, streaming, with ISO dates ({@link JsonExport}). */
    public static final class Json implements ReportWriter {
        @Override
        public String format() {
            return "json";
        }

        @Override
        public void write(ResultsReport report, Writer out) {
            JsonExport.write(report, out);
        }
    }

    /** CSV, RFC 4180 ({@link CsvExport}). */
    public static final class Csv implements ReportWriter {
        @Override
        public String format() {
            return "csv";
        }

        @Override
        public void write(ResultsReport report, Writer out) throws IOException {
            CsvExport.write(report, out);
        }
    }

    /** An IATI 2.03 {@code iati-activities} document ({@link IatiExport}). */
    public static final class IatiXml implements ReportWriter {
        @Override
        public String format() {
            return "iati-xml";
        }

        @Override
        public void write(ResultsReport report, Writer out) {
            IatiExport.write(report, out);
        }
    }
}
