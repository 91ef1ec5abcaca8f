package org.m4sd.sdk.internal.framework;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.m4sd.sdk.framework.Achievement;
import org.m4sd.sdk.framework.CorridorCost;
import org.m4sd.sdk.framework.DisclosureControl;
import org.m4sd.sdk.framework.IndicatorValue;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.Programme;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.Sdg1071Result;
import org.m4sd.sdk.framework.Sdg1072Result;
import org.m4sd.sdk.framework.Sdg10c1Result;
import org.m4sd.sdk.framework.ValidationFinding;

/**
 * Writes a report as JSON, streaming, with ISO dates and absent optional numbers left out. Each value has a
 * {@code status}: {@code published} with its {@code value}, or {@code suppressed} without one; the disclosure
 * control applied is given at the top.
 */
public final class JsonExport {
    /** The status of a value written with its number. */
    public static final String PUBLISHED = "published";
    /** The status of a value withheld by disclosure control, written without a number. */
    public static final String SUPPRESSED = "suppressed";
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonExport() {
    }

    /** Writes the report. */
    public static void write(ResultsReport report, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            Programme p = report.framework().programme();
            g.writeObjectFieldStart("programme");
            g.writeStringField("id", p.id());
            g.writeStringField("title", p.title());
            period(g, p.period());
            g.writeBooleanField("illustrative", p.illustrative());
            g.writeStringField("note", p.note());
            g.writeEndObject();
            DisclosureControl control = report.framework().disclosureControl();
            g.writeObjectFieldStart("disclosureControl");
            g.writeNumberField("threshold", control.threshold());
            g.writeArrayFieldStart("exempt");
            for (String id : control.exempt()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeStringField("note", control.noteText());
            g.writeEndObject();
            g.writeArrayFieldStart("periods");
            for (Period period : report.periods()) {
                g.writeStartObject();
                period(g, period);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("values");
            for (IndicatorValue v : report.values()) {
                g.writeStartObject();
                g.writeStringField("indicator", v.indicator());
                g.writeStringField("country", v.country());
                period(g, v.period());
                dims(g, v.dimensions());
                if (v.suppressed()) {
                    g.writeStringField("status", SUPPRESSED);
                } else {
                    g.writeStringField("status", PUBLISHED);
                    g.writeNumberField("value", v.value());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("achievements");
            for (Achievement a : report.achievements()) {
                g.writeStartObject();
                g.writeStringField("indicator", a.indicator());
                g.writeStringField("country", a.country());
                period(g, a.period());
                g.writeNumberField("baseline", a.baseline());
                g.writeNumberField("baselineYear", a.baselineYear());
                number(g, "target", a.target());
                if (a.reported()) {
                    g.writeNumberField("actual", a.actual());
                } else {
                    g.writeStringField("reason", a.reason().orElseThrow());
                }
                number(g, "ratio", a.ratio());
                g.writeBooleanField("met", a.met());
                number(g, "growthRatio", a.growthRatio());
                g.writeStringField("category", a.category().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (ValidationFinding f : report.findings()) {
                g.writeStartObject();
                g.writeStringField("rule", f.rule());
                g.writeStringField("importance", f.importance().name());
                g.writeStringField("operator", f.operator().dhis2Name());
                if (f.definition().isPresent()) {
                    g.writeStringField("leftStrategy", f.definition().get().leftStrategy().name());
                    g.writeStringField("rightStrategy", f.definition().get().rightStrategy().name());
                }
                g.writeStringField("indicator", f.indicator());
                g.writeStringField("country", f.country());
                period(g, f.period());
                dims(g, f.dimensions());
                number(g, "left", f.left());
                number(g, "right", f.right());
                g.writeStringField("message", f.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sdg1071");
            for (Sdg1071Result r : report.sdg1071()) {
                g.writeStartObject();
                g.writeStringField("country", r.country());
                period(g, r.period());
                g.writeNumberField("workers", r.workers());
                g.writeNumberField("excluded", r.excluded());
                g.writeNumberField("unconvertible", r.unconvertible());
                if (r.workers() > 0) {
                    g.writeNumberField("mean", r.mean());
                    g.writeNumberField("median", r.median());
                    g.writeNumberField("fourthQuintile", r.fourthQuintile());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sdg1072");
            for (Sdg1072Result r : report.sdg1072()) {
                g.writeStartObject();
                g.writeStringField("country", r.country());
                period(g, r.period());
                g.writeArrayFieldStart("domains");
                for (int d = 0; d < 6; d++) {
                    g.writeStartObject();
                    g.writeNumberField("domain", d + 1);
                    g.writeNumberField("score", r.domainScores().get(d));
                    g.writeStringField("band", r.domainBands().get(d).name());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeNumberField("overall", r.overall());
                g.writeStringField("band", r.band().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sdg10c1");
            for (Sdg10c1Result r : report.sdg10c1()) {
                g.writeStartObject();
                period(g, r.period());
                g.writeNumberField("services", r.services());
                g.writeNumberField("globalAverage", r.globalAverage());
                g.writeBooleanField("belowTarget", r.belowTarget());
                g.writeObjectFieldStart("countryAverages");
                for (Map.Entry<String, Double> e : r.countryAverages().entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeArrayFieldStart("corridors");
                for (CorridorCost c : r.corridors()) {
                    g.writeStartObject();
                    g.writeStringField("sendingCountry", c.sendingCountry());
                    g.writeStringField("country", c.country());
                    g.writeStringField("quarterStart", c.quarter().start().toString());
                    g.writeStringField("quarterEnd", c.quarter().end().toString());
                    g.writeNumberField("services", c.services());
                    g.writeNumberField("qualifyingServices", c.qualifyingServices());
                    number(g, "smartAverage", c.smartAverage());
                    g.writeBooleanField("atOrBelowTarget", c.atOrBelowTarget());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void period(JsonGenerator g, Period p) throws IOException {
        g.writeStringField("start", p.start().toString());
        g.writeStringField("end", p.end().toString());
    }

    private static void dims(JsonGenerator g, Map<String, String> dims) throws IOException {
        g.writeObjectFieldStart("dimensions");
        for (Map.Entry<String, String> e : dims.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, OptionalDouble v) throws IOException {
        if (v.isPresent()) {
            g.writeNumberField(name, v.getAsDouble());
        }
    }

}
