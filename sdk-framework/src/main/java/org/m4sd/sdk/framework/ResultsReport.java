package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A results-framework report: indicator values by disaggregation, progress against targets, data-quality
 * findings and the SDG 10.7.1, 10.7.2 and 10.c.1 computations. Every list is sorted, so two reports over the same
 * inputs are equal whatever the input order.
 *
 * <p>The report a {@link ResultsReporter} returns holds every value, small counts of people included: it is for
 * the embedding system, in memory. What is published goes through disclosure control: {@link #protect()} gives the
 * copy with small counts withheld (marked {@link IndicatorValue#suppressed()}), and every write and {@code to}
 * method ({@link #writeJson}, {@link #writeCsv}, {@link #writeIatiXml}) writes that copy, never this one.
 *
 * @param framework    the framework reported on
 * @param periods      the reporting periods: the calendar years of the programme, cut to its duration
 * @param values       indicator values, in framework order, then country, period and dimensions
 * @param achievements progress of each total against baseline and target
 * @param findings     validation findings
 * @param sdg1071      SDG 10.7.1 by origin country and period
 * @param sdg1072      SDG 10.7.2 by country and period
 * @param sdg10c1      SDG 10.c.1 by period
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ResultsReport(Framework framework, List<Period> periods, List<IndicatorValue> values,
        List<Achievement> achievements, List<ValidationFinding> findings, List<Sdg1071Result> sdg1071,
        List<Sdg1072Result> sdg1072, List<Sdg10c1Result> sdg10c1) {

    /** Rejects nulls. */
    public ResultsReport {
        Checks.required(framework, "framework");
        periods = Checks.list(periods, "periods");
        values = Checks.list(values, "values");
        achievements = Checks.list(achievements, "achievements");
        findings = Checks.list(findings, "findings");
        sdg1071 = Checks.list(sdg1071, "sdg1071");
        sdg1072 = Checks.list(sdg1072, "sdg1072");
        sdg10c1 = Checks.list(sdg10c1, "sdg10c1");
    }

    /** The value of an indicator for a country, period and disaggregation (dimensions left out are totals). */
    public Optional<IndicatorValue> value(String indicator, String country, Period period, Map<String, String> dims) {
        return values.stream()
                .filter(v -> v.indicator().equals(indicator) && v.country().equals(country)
                        && v.period().equals(period))
                .filter(v -> v.dimensions().entrySet().stream().allMatch(
                        e -> e.getValue().equals(dims.getOrDefault(e.getKey(), IndicatorValue.TOTAL))))
                .findFirst();
    }

    /** The achievement of an indicator's total for a country and period. */
    public Optional<Achievement> achievement(String indicator, String country, Period period) {
        return achievements.stream()
                .filter(a -> a.indicator().equals(indicator) && a.country().equals(country)
                        && a.period().equals(period))
                .findFirst();
    }

    /**
     * The publishable copy of this report under its framework's {@link Framework#disclosureControl()}: counts of
     * people below the threshold withheld, with the cells that would give them away (method in
     * {@code docs/RESULTS-FRAMEWORK.md}, "Disclosure control"). Protecting a protected report changes nothing.
     */
    public ResultsReport protect() {
        return protect(framework.disclosureControl());
    }

    /**
     * The publishable copy of this report under {@code control} instead of the framework's own; the copy's framework
     * carries {@code control}, so writing the copy applies it again and changes nothing.
     */
    public ResultsReport protect(DisclosureControl control) {
        return Providers.services().protect(this, Checks.required(control, "control"));
    }

    /**
     * Writes the report, protected ({@link #protect()}), in a publication format: {@code json}, {@code csv},
     * {@code iati-xml}, or one added by registering a {@link ReportWriter}.
     *
     * @throws IllegalArgumentException for a format no writer is registered for, naming those there are
     */
    public void write(String format, Writer out) {
        ReportWriter writer = Providers.writer(Checks.required(format, "format"));
        try {
            writer.write(protect(), Checks.required(out, "out"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the report as JSON, protected ({@link #protect()}): a withheld value has a status and no number. */
    public void writeJson(Writer out) {
        write("json", out);
    }

    /** The report as JSON, protected. */
    public String toJson() {
        StringWriter w = new StringWriter();
        writeJson(w);
        return w.toString();
    }

    /**
     * Writes the report as CSV (RFC 4180), protected ({@link #protect()}): one row per indicator x country x period x
     * disaggregation, with the baseline, target, achievement and progress category on total rows; a withheld value
     * is empty, its {@code value_status} {@code suppressed}.
     */
    public void writeCsv(Writer out) {
        write("csv", out);
    }

    /** The report as CSV, protected. */
    public String toCsv() {
        StringWriter w = new StringWriter();
        writeCsv(w);
        return w.toString();
    }

    /**
     * Writes an IATI 2.03 {@code iati-activities} document: one activity for the programme with a {@code result}
     * per outcome and output, each indicator with its baselines, targets and actuals. Countries and disaggregation
     * are {@code dimension} elements ({@code country}, {@code sex} ...). Protected ({@link #protect()}): a withheld
     * actual has no value and a comment saying why.
     */
    public void writeIatiXml(Writer out) {
        write("iati-xml", out);
    }

    /** The report as IATI 2.03 XML, protected. */
    public String toIatiXml() {
        StringWriter w = new StringWriter();
        writeIatiXml(w);
        return w.toString();
    }
}
