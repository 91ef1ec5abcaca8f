package org.m4sd.sdk.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.decision.Question;
import org.m4sd.sdk.decision.Route;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.LegalBasis;
import org.m4sd.sdk.decision.RecordResult;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.EarlyPensionGround;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.HealthProfessional;
import org.m4sd.sdk.request.Money;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Qualification;
import org.m4sd.sdk.request.Recruitment;
import org.m4sd.sdk.request.WorkPeriod;

/**
 * Writes the contract's JSON with a streaming generator, field by field in the documented order, so that the
 * same value always gives the same bytes: absent optional facts are left out, lists are always written (empty
 * as {@code []}), numbers are written plainly, never with an exponent.
 */
final class Writing {
    private Writing() {
    }

    static void request(JsonGenerator g, EligibilityRequest r) throws IOException {
        g.writeStartObject();
        g.writeStringField("requestId", r.requestId());
        g.writeStringField("asOf", r.asOf().toString());
        g.writeStringField("jurisdiction", r.jurisdiction());
        if (r.locale().isPresent()) {
            g.writeStringField("locale", r.locale().get().toLanguageTag());
        }
        g.writeArrayFieldStart("determinations");
        for (Determination d : r.determinations()) {
            g.writeString(d.id());
        }
        g.writeEndArray();
        g.writeFieldName("person");
        person(g, r.person());
        if (r.recruitment().isPresent()) {
            g.writeFieldName("recruitment");
            recruitment(g, r.recruitment().get());
        }
        if (r.qualification().isPresent()) {
            g.writeFieldName("qualification");
            qualification(g, r.qualification().get());
        }
        if (r.healthProfessional().isPresent()) {
            g.writeFieldName("healthProfessional");
            healthProfessional(g, r.healthProfessional().get());
        }
        g.writeEndObject();
    }

    private static void person(JsonGenerator g, Person p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        optionalString(g, "birthDate", p.birthDate().map(Object::toString));
        optionalString(g, "sex", p.sex().map(Enum::name));
        optionalString(g, "nationality", p.nationality());
        g.writeStringField("migratoryStatus", p.migratoryStatus().name());
        if (p.presentInTerritory().isPresent()) {
            g.writeBooleanField("presentInTerritory", p.presentInTerritory().get());
        }
        if (p.residenceMonths().isPresent()) {
            g.writeNumberField("residenceMonths", p.residenceMonths().getAsInt());
        }
        optionalString(g, "countryOfResidence", p.countryOfResidence());
        g.writeArrayFieldStart("contributionPeriods");
        for (ContributionPeriod c : p.contributionPeriods()) {
            g.writeStartObject();
            g.writeStringField("country", c.country());
            g.writeStringField("from", c.from().toString());
            g.writeStringField("to", c.to().toString());
            if (c.units().isPresent()) {
                g.writeNumberField("units", c.units().getAsLong());
                g.writeStringField("unit", c.unit().orElseThrow().name());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "documentsHeld", p.documentsHeld());
        if (p.childrenRaised().isPresent()) {
            g.writeNumberField("childrenRaised", p.childrenRaised().getAsInt());
        }
        if (p.earlyPensionGrounds().isPresent()) {
            g.writeArrayFieldStart("earlyPensionGrounds");
            for (EarlyPensionGround ground : p.earlyPensionGrounds().get()) {
                g.writeString(ground.name());
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void recruitment(JsonGenerator g, Recruitment r) throws IOException {
        g.writeStartObject();
        g.writeStringField("origin", r.origin());
        g.writeStringField("destination", r.destination());
        optionalString(g, "occupation", r.occupation());
        g.writeBooleanField("householdService", r.householdService());
        g.writeBooleanField("governmentToGovernment", r.governmentToGovernment());
        g.writeBooleanField("employerDeclinedToPay", r.employerDeclinedToPay());
        optionalString(g, "firstJobStart", r.firstJobStart().map(Object::toString));
        g.writeArrayFieldStart("costsPaidByWorker");
        for (CostItem c : r.costsPaidByWorker()) {
            g.writeStartObject();
            g.writeStringField("item", c.item().name());
            g.writeFieldName("amount");
            number(g, c.amount());
            g.writeStringField("currency", c.currency());
            optionalString(g, "paidOn", c.paidOn().map(Object::toString));
            g.writeEndObject();
        }
        g.writeEndArray();
        if (r.firstMonthEarnings().isPresent()) {
            g.writeFieldName("firstMonthEarnings");
            money(g, r.firstMonthEarnings().get());
        }
        if (r.monthlyBasicSalary().isPresent()) {
            g.writeFieldName("monthlyBasicSalary");
            money(g, r.monthlyBasicSalary().get());
        }
        g.writeObjectFieldStart("exchangeRates");
        // The record keeps the rates sorted by currency, which makes this order stable.
        for (Map.Entry<String, BigDecimal> e : r.exchangeRates().entrySet()) {
            g.writeFieldName(e.getKey());
            number(g, e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void money(JsonGenerator g, Money m) throws IOException {
        g.writeStartObject();
        g.writeFieldName("amount");
        number(g, m.amount());
        g.writeStringField("currency", m.currency());
        g.writeEndObject();
    }

    private static void qualification(JsonGenerator g, Qualification q) throws IOException {
        g.writeStartObject();
        g.writeStringField("awardingCountry", q.awardingCountry());
        g.writeStringField("level", q.level());
        optionalString(g, "field", q.field());
        g.writeBooleanField("regulatedProfession", q.regulatedProfession());
        g.writeBooleanField("professionRequiresNationalLaw", q.professionRequiresNationalLaw());
        strings(g, "substantialDifferences", q.substantialDifferences());
        strings(g, "differencesCoveredByExperience", q.differencesCoveredByExperience());
        strings(g, "nonCompensableDifferences", q.nonCompensableDifferences());
        if (q.workExperienceMonths().isPresent()) {
            g.writeNumberField("workExperienceMonths", q.workExperienceMonths().getAsInt());
        }
        g.writeBooleanField("documentsAvailable", q.documentsAvailable());
        optionalString(g, "fileCompleteDate", q.fileCompleteDate().map(Object::toString));
        optionalString(g, "decisionDate", q.decisionDate().map(Object::toString));
        optionalString(g, "preferredCompensation", q.preferredCompensation().map(Enum::name));
        g.writeEndObject();
    }

    private static void healthProfessional(JsonGenerator g, HealthProfessional h) throws IOException {
        g.writeStartObject();
        g.writeStringField("profession", h.profession().name());
        if (h.qualified().isPresent()) {
            g.writeBooleanField("qualified", h.qualified().get());
        }
        if (h.licensed().isPresent()) {
            g.writeBooleanField("licensed", h.licensed().get());
        }
        g.writeStringField("originCountry", h.originCountry());
        g.writeStringField("countryOfPractice", h.countryOfPractice());
        optionalString(g, "returnType", h.returnType().map(Enum::name));
        if (h.healthPostOffered().isPresent()) {
            g.writeBooleanField("healthPostOffered", h.healthPostOffered().get());
        }
        if (h.workAbroad().isPresent()) {
            g.writeArrayFieldStart("workAbroad");
            for (WorkPeriod w : h.workAbroad().get()) {
                g.writeStartObject();
                g.writeStringField("country", w.country());
                g.writeStringField("from", w.from().toString());
                g.writeStringField("to", w.to().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        optionalString(g, "highestDegreeLevel", h.highestDegreeLevel());
        // An empty list says nothing (everyone knows a language): it is left out, as it was read.
        if (!h.languages().isEmpty()) {
            strings(g, "languages", h.languages());
        }
        g.writeEndObject();
    }

    static void decision(JsonGenerator g, Decision d) throws IOException {
        g.writeStartObject();
        g.writeStringField("requestId", d.requestId());
        g.writeStringField("determination", d.determination().id());
        g.writeStringField("outcome", d.outcome().name());
        g.writeArrayFieldStart("criteria");
        for (Criterion c : d.criteria()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("rule", c.rule());
            g.writeStringField("result", c.result().name());
            g.writeStringField("reasonCode", c.reasonCode());
            g.writeStringField("message", c.message());
            g.writeArrayFieldStart("legalBasis");
            for (LegalBasis b : c.legalBasis()) {
                g.writeStartObject();
                g.writeStringField("instrument", b.instrument());
                g.writeStringField("article", b.article());
                optionalString(g, "url", b.url());
                g.writeStringField("status", b.status().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (c.gap().isPresent()) {
                gap(g, c.gap().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "missingFacts", d.missingFacts());
        if (!d.notEncoded().isEmpty()) {
            // Written only when a condition is not encoded, so that every other decision reads as before.
            strings(g, "notEncoded", d.notEncoded());
        }
        if (!d.questions().isEmpty()) {
            g.writeArrayFieldStart("questions");
            for (Question q : d.questions()) {
                g.writeStartObject();
                g.writeStringField("fact", q.fact());
                g.writeStringField("path", q.path());
                g.writeStringField("type", q.type().name());
                optionalString(g, "unit", q.unit());
                if (!q.allowedValues().isEmpty()) {
                    strings(g, "allowedValues", q.allowedValues());
                }
                g.writeStringField("text", q.text());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("values");
        // Decision keeps its values in a sorted map; the order written is the key order.
        for (Map.Entry<String, Object> e : d.values().entrySet()) {
            g.writeFieldName(e.getKey());
            Object v = e.getValue();
            if (v instanceof BigDecimal n) {
                number(g, n);
            } else if (v instanceof Boolean b) {
                g.writeBoolean(b);
            } else {
                g.writeString(v.toString());
            }
        }
        g.writeEndObject();
        g.writeObjectFieldStart("rulePack");
        g.writeStringField("id", d.rulePack().id());
        g.writeStringField("version", d.rulePack().version());
        g.writeStringField("sha256", d.rulePack().sha256());
        if (d.rulePack().signingKeyId().isPresent()) {
            g.writeStringField("signingKeyId", d.rulePack().signingKeyId().get());
        }
        g.writeEndObject();
        g.writeStringField("asOf", d.asOf().toString());
        g.writeStringField("inputSha256", d.inputSha256());
        g.writeEndObject();
    }

    static void decisionSet(JsonGenerator g, DecisionSet s) throws IOException {
        g.writeStartObject();
        g.writeStringField("requestId", s.requestId());
        decisions(g, s.decisions());
        g.writeEndObject();
    }

    private static void decisions(JsonGenerator g, List<Decision> decisions) throws IOException {
        g.writeArrayFieldStart("decisions");
        for (Decision d : decisions) {
            decision(g, d);
        }
        g.writeEndArray();
    }

    /** One JSONL output line (without the line break). */
    static void recordResult(JsonGenerator g, RecordResult result) throws IOException {
        g.writeStartObject();
        g.writeNumberField("line", result.line());
        if (result instanceof RecordResult.Decided decided) {
            g.writeStringField("requestId", decided.decisions().requestId());
            decisions(g, decided.decisions().decisions());
        } else if (result instanceof RecordResult.Rejected rejected) {
            optionalString(g, "requestId", rejected.requestId());
            g.writeArrayFieldStart("errors");
            for (FieldError e : rejected.errors()) {
                g.writeStartObject();
                g.writeStringField("path", e.path());
                g.writeStringField("message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * A number in plain notation. A negative scale (as in {@code 1E+3}) is written as the integer it is, so no
     * exponent ever reaches the output.
     */
    private static void gap(JsonGenerator g, Gap gap) throws IOException {
        g.writeObjectFieldStart("gap");
        g.writeStringField("fact", gap.fact());
        g.writeStringField("kind", gap.kind().name());
        if (gap.amount().isPresent()) {
            g.writeFieldName("amount");
            number(g, gap.amount().get());
        }
        optionalString(g, "unit", gap.unit());
        if (gap.date().isPresent()) {
            g.writeStringField("date", gap.date().get().toString());
        }
        if (!gap.values().isEmpty()) {
            strings(g, "values", gap.values());
        }
        if (!gap.routes().isEmpty()) {
            g.writeArrayFieldStart("routes");
            for (Route r : gap.routes()) {
                g.writeStartObject();
                g.writeStringField("kind", r.kind().name());
                g.writeStringField("id", r.id());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static void number(JsonGenerator g, BigDecimal n) throws IOException {
        g.writeNumber(n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString());
    }

    private static void optionalString(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
