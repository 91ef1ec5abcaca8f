package org.m4sd.sdk.internal.framework;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.m4sd.sdk.M4sdException;
import org.m4sd.sdk.framework.Baseline;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.IndicatorValue;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.Programme;
import org.m4sd.sdk.framework.ProgrammeOutcome;
import org.m4sd.sdk.framework.ProgrammeOutput;
import org.m4sd.sdk.framework.Reference;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.Target;

/**
 * Writes a report as an IATI 2.03 {@code iati-activities} document: one activity for the programme, a
 * {@code result} per outcome (type 2) and output (type 1) that has indicators, each indicator with its
 * baselines, and a {@code period} per target or reporting period holding the targets and actuals. The country and
 * every disaggregation other than a total are {@code dimension} elements. An actual withheld by disclosure control
 * has no {@code value}, and the framework's disclosure note as its comment. Every narrative is text of the
 * framework; nothing refers to a file outside the document.
 */
public final class IatiExport {
    private static final Map<String, String> ALPHA2 = alpha2();

    private IatiExport() {
    }

    /** Writes the document. */
    public static void write(ResultsReport report, Writer out) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            new IatiExport.Doc(x, report).write();
            x.flush();
        } catch (XMLStreamException e) {
            throw new M4sdException("cannot write IATI XML: " + e.getMessage(), e);
        }
    }

    private static final class Doc {
        private final XMLStreamWriter x;
        private final ResultsReport report;
        private final Map<String, List<IndicatorValue>> values = new HashMap<>();

        Doc(XMLStreamWriter x, ResultsReport report) {
            this.x = x;
            this.report = report;
            for (IndicatorValue v : report.values()) {
                values.computeIfAbsent(v.indicator(), k -> new ArrayList<>()).add(v);
            }
        }

        void write() throws XMLStreamException {
            Framework f = report.framework();
            Programme p = f.programme();
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("iati-activities");
            x.writeAttribute("version", "2.03");
            x.writeStartElement("iati-activity");
            x.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
            x.writeAttribute("default-currency", "USD");
            text("iati-identifier", p.id());
            x.writeStartElement("reporting-org");
            x.writeAttribute("ref", p.reportingOrgRef());
            x.writeAttribute("type", p.reportingOrgType());
            narrative(p.reportingOrgName());
            x.writeEndElement();
            x.writeStartElement("title");
            narrative(p.title());
            x.writeEndElement();
            x.writeStartElement("description");
            x.writeAttribute("type", "1");
            narrative(p.note());
            x.writeEndElement();
            x.writeStartElement("participating-org");
            x.writeAttribute("ref", p.reportingOrgRef());
            x.writeAttribute("role", "4");
            narrative(p.reportingOrgName());
            x.writeEndElement();
            empty("activity-status", "code", p.period().end().isBefore(java.time.LocalDate.now()) ? "3" : "2");
            activityDate("1", p.period().start().toString());
            activityDate("3", p.period().end().toString());
            for (String c : p.countries()) {
                String a2 = ALPHA2.get(c);
                if (a2 != null) {
                    empty("recipient-country", "code", a2);
                }
            }
            for (ProgrammeOutcome o : f.outcomes()) {
                result("2", o.id(), o.title());
            }
            for (ProgrammeOutput o : f.outputs()) {
                result("1", o.id(), o.title());
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
        }

        private void result(String type, String id, String title) throws XMLStreamException {
            List<Indicator> inds = report.framework().indicators().stream().filter(i -> i.result().equals(id)).toList();
            if (inds.isEmpty()) {
                return;
            }
            x.writeStartElement("result");
            x.writeAttribute("type", type);
            x.writeAttribute("aggregation-status", "0");
            x.writeStartElement("title");
            narrative(id + ": " + title);
            x.writeEndElement();
            for (Indicator ind : inds) {
                indicator(ind);
            }
            x.writeEndElement();
        }

        private void indicator(Indicator ind) throws XMLStreamException {
            x.writeStartElement("indicator");
            x.writeAttribute("measure", Integer.toString(ind.measure().code()));
            x.writeAttribute("ascending", ind.ascending() ? "1" : "0");
            x.writeAttribute("aggregation-status", ind.additive() ? "1" : "0");
            x.writeStartElement("title");
            narrative(ind.id() + ": " + ind.title());
            x.writeEndElement();
            x.writeStartElement("description");
            narrative("Unit: " + (ind.unit().isBlank() ? "none" : ind.unit()) + ". Aggregation: " + ind.aggregation()
                    + ". Level: " + ind.level() + ind.sector().map(s -> ". Sector: " + s).orElse("") + ".");
            x.writeEndElement();
            for (Reference r : ind.references()) {
                x.writeStartElement("reference");
                x.writeAttribute("vocabulary", r.vocabulary().iatiCode());
                x.writeAttribute("code", r.code());
                x.writeEndElement();
            }
            for (Baseline b : ind.baselines()) {
                x.writeStartElement("baseline");
                x.writeAttribute("year", Integer.toString(b.year()));
                if (b.value().isPresent()) {
                    x.writeAttribute("value", number(b.value().getAsDouble()));
                }
                dimensions(b.country(), b.dimensions());
                comment(b.comment());
                x.writeEndElement();
            }
            Map<Period, List<Target>> targets = new TreeMap<>();
            Map<Period, List<IndicatorValue>> actuals = new TreeMap<>();
            for (Target t : ind.targets()) {
                targets.computeIfAbsent(t.period(), k -> new ArrayList<>()).add(t);
            }
            for (IndicatorValue v : values.getOrDefault(ind.id(), List.of())) {
                actuals.computeIfAbsent(v.period(), k -> new ArrayList<>()).add(v);
            }
            TreeSet<Period> all = new TreeSet<>(targets.keySet());
            all.addAll(actuals.keySet());
            for (Period p : all) {
                x.writeStartElement("period");
                empty("period-start", "iso-date", p.start().toString());
                empty("period-end", "iso-date", p.end().toString());
                for (Target t : targets.getOrDefault(p, List.of())) {
                    x.writeStartElement("target");
                    if (t.value().isPresent()) {
                        x.writeAttribute("value", number(t.value().getAsDouble()));
                    }
                    dimensions(t.country(), t.dimensions());
                    comment(t.comment());
                    x.writeEndElement();
                }
                for (IndicatorValue v : actuals.getOrDefault(p, List.of())) {
                    x.writeStartElement("actual");
                    if (!v.suppressed()) {
                        x.writeAttribute("value", number(v.value()));
                    }
                    dimensions(v.country(), v.dimensions());
                    if (v.suppressed()) {
                        comment(Optional.of(report.framework().disclosureControl().noteText()));
                    }
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeEndElement();
        }

        private void dimensions(String country, Map<String, String> dims) throws XMLStreamException {
            if (!country.equals(IndicatorValue.TOTAL)) {
                dimension("country", country);
            }
            for (Map.Entry<String, String> e : new TreeMap<>(dims).entrySet()) {
                if (!e.getValue().equals(IndicatorValue.TOTAL)) {
                    dimension(e.getKey(), e.getValue());
                }
            }
        }

        private void dimension(String name, String value) throws XMLStreamException {
            x.writeStartElement("dimension");
            x.writeAttribute("name", name);
            x.writeAttribute("value", value);
            x.writeEndElement();
        }

        private void comment(Optional<String> comment) throws XMLStreamException {
            if (comment.isPresent()) {
                x.writeStartElement("comment");
                narrative(comment.get());
                x.writeEndElement();
            }
        }

        private void activityDate(String type, String date) throws XMLStreamException {
            x.writeStartElement("activity-date");
            x.writeAttribute("type", type);
            x.writeAttribute("iso-date", date);
            x.writeEndElement();
        }

        private void empty(String name, String attribute, String value) throws XMLStreamException {
            x.writeStartElement(name);
            x.writeAttribute(attribute, value);
            x.writeEndElement();
        }

        private void text(String name, String value) throws XMLStreamException {
            x.writeStartElement(name);
            x.writeCharacters(value);
            x.writeEndElement();
        }

        private void narrative(String value) throws XMLStreamException {
            text("narrative", value);
        }
    }

    /** A plain decimal, without exponent. */
    static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static Map<String, String> alpha2() {
        Map<String, String> m = new HashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            try {
                m.put(new Locale("", a2).getISO3Country(), a2);
            } catch (java.util.MissingResourceException e) {
                // no alpha-3 code known to the JDK: the country is left out of recipient-country
            }
        }
        return Map.copyOf(m);
    }
}
