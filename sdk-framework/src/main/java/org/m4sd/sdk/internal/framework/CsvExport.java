package org.m4sd.sdk.internal.framework;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.m4sd.sdk.framework.Achievement;
import org.m4sd.sdk.framework.IndicatorValue;
import org.m4sd.sdk.framework.ResultsReport;

/**
 * Writes a report as CSV (RFC 4180, CRLF line ends): one row per indicator x country x period x disaggregation.
 * {@code value_status} is {@code published}, or {@code suppressed} with the value left empty; then one row per
 * total of a period for which nothing was reported ({@link Achievement#reported()} false), {@code value_status}
 * {@code nothing-reported}, no value, category {@code NOT_ASSESSED}.
 */
public final class CsvExport {
    /** The header row's columns. */
    public static final List<String> COLUMNS = List.of("indicator", "country", "period_start", "period_end",
            "dimensions", "value", "baseline", "baseline_year", "target", "achievement", "met", "category",
            "value_status");

    /** The {@code value_status} of a row for a period of which nothing was reported: no value, not assessed. */
    public static final String NOTHING_REPORTED = "nothing-reported";

    private CsvExport() {
    }

    /** Writes the report. */
    public static void write(ResultsReport report, Writer out) throws IOException {
        Map<List<Object>, Achievement> achievements = new HashMap<>();
        for (Achievement a : report.achievements()) {
            achievements.put(List.of(a.indicator(), a.country(), a.period()), a);
        }
        row(out, COLUMNS);
        for (IndicatorValue v : report.values()) {
            Achievement a = v.total() ? achievements.get(List.of(v.indicator(), v.country(), v.period())) : null;
            String dims = v.dimensions().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(";"));
            row(out, List.of(v.indicator(), v.country(), v.period().start().toString(), v.period().end().toString(),
                    dims, v.suppressed() ? "" : number(v.value()),
                    a == null ? "" : number(a.baseline()), a == null ? "" : Integer.toString(a.baselineYear()),
                    a == null ? "" : number(a.target()), a == null ? "" : number(a.ratio()),
                    a == null ? "" : Boolean.toString(a.met()), a == null ? "" : a.category().name(),
                    v.suppressed() ? JsonExport.SUPPRESSED : JsonExport.PUBLISHED));
        }
        for (Achievement a : report.achievements()) {
            if (!a.reported()) {
                String dims = report.framework().indicator(a.indicator()).orElseThrow().dimensions().stream()
                        .sorted().map(d -> d + "=" + IndicatorValue.TOTAL).collect(Collectors.joining(";"));
                row(out, List.of(a.indicator(), a.country(), a.period().start().toString(),
                        a.period().end().toString(), dims, "", number(a.baseline()), Integer.toString(a.baselineYear()),
                        number(a.target()), "", "false", a.category().name(), NOTHING_REPORTED));
            }
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String number(OptionalDouble v) {
        return v.isPresent() ? number(v.getAsDouble()) : "";
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** Quotes a cell holding a comma, quote or line break, doubling its quotes. */
    public static String escape(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
