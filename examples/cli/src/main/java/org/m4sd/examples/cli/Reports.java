package org.m4sd.examples.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import org.m4sd.sdk.framework.Achievement;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ResultsReport;

/** Writing a results-framework report and its one-line summary, as {@code m4sd report} and {@code m4sd demo} do. */
final class Reports {
    private Reports() {
    }

    /** The formats a report is written in. */
    enum Format { json, csv, iati, html }

    /**
     * Writes {@code report} in {@code format}, protected by disclosure control (every writer, the dashboard's
     * included, writes the report's protected copy); the HTML dashboard also draws on the {@code events}.
     */
    static void write(ResultsReport report, Format format, List<ProgrammeEvent> events, Writer out) {
        switch (format) {
            case json -> report.writeJson(out);
            case csv -> report.writeCsv(out);
            case iati -> report.writeIatiXml(out);
            case html -> HtmlDashboard.write(report, events, out);
        }
    }

    /** Prints what the report holds, and how many decisions had no case ({@code skipped}) when some had none. */
    static void printSummary(PrintWriter out, ResultsReport report, long events, long skipped) {
        ResultsReport published = report.protect();
        out.printf("%,d events -> %,d indicator values, %,d with progress against target, %,d validation findings%n",
                events, report.values().size(), report.achievements().stream().filter(Achievement::reported).count(),
                report.findings().size());
        out.printf("disclosure control (threshold %d): %,d of %,d values withheld%n",
                published.framework().disclosureControl().threshold(),
                published.values().stream().filter(v -> v.suppressed()).count(), published.values().size());
        if (skipped > 0) {
            out.printf("%,d decisions skipped: no case with their requestId%n", skipped);
        }
        out.flush();
    }
}
