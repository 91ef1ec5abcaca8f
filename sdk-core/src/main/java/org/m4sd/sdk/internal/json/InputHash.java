package org.m4sd.sdk.internal.json;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.m4sd.sdk.Determination;
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
 * The input hash of a request in one pass over its values: the {@link Canonical} text of what
 * {@link Writing#request} writes, produced directly, with each object's fields written in their sorted order
 * rather than sorted in a tree, then encoded in UTF-8 into SHA-256. The field order here is the sorted order of
 * the names Writing uses; a field added to the contract is added to both.
 */
final class InputHash {
    /** A thread's text buffer is kept for the next request unless a very large request grew it beyond this. */
    private static final int KEPT_CAPACITY = 64 * 1024;
    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private InputHash() {
    }

    static String sha256(EligibilityRequest r) {
        Scratch scratch = SCRATCH.get();
        StringBuilder out = scratch.text;
        out.setLength(0);
        request(r, out);
        String hex = HEX.formatHex(scratch.digest(out));
        if (out.capacity() > KEPT_CAPACITY) {
            scratch.text = new StringBuilder(1024);
        }
        return hex;
    }

    /** The SHA-256 of {@code text} in UTF-8, as {@link #sha256} digests the canonical text. */
    static byte[] sha256Utf8(CharSequence text) {
        return SCRATCH.get().digest(text);
    }

    private static void request(EligibilityRequest r, StringBuilder out) {
        out.append('{');
        field("asOf", out);
        date(r.asOf(), out);
        field("determinations", out);
        out.append('[');
        for (Determination d : r.determinations()) {
            comma(out);
            Canonical.string(d.id(), out);
        }
        out.append(']');
        if (r.healthProfessional().isPresent()) {
            field("healthProfessional", out);
            healthProfessional(r.healthProfessional().get(), out);
        }
        field("jurisdiction", out);
        Canonical.string(r.jurisdiction(), out);
        if (r.locale().isPresent()) {
            field("locale", out);
            Canonical.string(r.locale().get().toLanguageTag(), out);
        }
        field("person", out);
        person(r.person(), out);
        if (r.qualification().isPresent()) {
            field("qualification", out);
            qualification(r.qualification().get(), out);
        }
        if (r.recruitment().isPresent()) {
            field("recruitment", out);
            recruitment(r.recruitment().get(), out);
        }
        field("requestId", out);
        Canonical.string(r.requestId(), out);
        out.append('}');
    }

    private static void person(Person p, StringBuilder out) {
        out.append('{');
        if (p.birthDate().isPresent()) {
            field("birthDate", out);
            date(p.birthDate().get(), out);
        }
        if (p.childrenRaised().isPresent()) {
            field("childrenRaised", out);
            out.append(p.childrenRaised().getAsInt());
        }
        field("contributionPeriods", out);
        out.append('[');
        for (int i = 0; i < p.contributionPeriods().size(); i++) {
            ContributionPeriod c = p.contributionPeriods().get(i);
            comma(out);
            out.append('{');
            field("country", out);
            Canonical.string(c.country(), out);
            field("from", out);
            date(c.from(), out);
            field("to", out);
            date(c.to(), out);
            if (c.units().isPresent()) {
                field("unit", out);
                Canonical.string(c.unit().orElseThrow().name(), out);
                field("units", out);
                out.append(c.units().getAsLong());
            }
            out.append('}');
        }
        out.append(']');
        optionalString("countryOfResidence", p.countryOfResidence(), out);
        strings("documentsHeld", p.documentsHeld(), out);
        if (p.earlyPensionGrounds().isPresent()) {
            field("earlyPensionGrounds", out);
            out.append('[');
            for (EarlyPensionGround ground : p.earlyPensionGrounds().get()) {
                comma(out);
                Canonical.string(ground.name(), out);
            }
            out.append(']');
        }
        field("id", out);
        Canonical.string(p.id(), out);
        field("migratoryStatus", out);
        Canonical.string(p.migratoryStatus().name(), out);
        optionalString("nationality", p.nationality(), out);
        if (p.presentInTerritory().isPresent()) {
            field("presentInTerritory", out);
            out.append(p.presentInTerritory().get().booleanValue());
        }
        if (p.residenceMonths().isPresent()) {
            field("residenceMonths", out);
            out.append(p.residenceMonths().getAsInt());
        }
        if (p.sex().isPresent()) {
            field("sex", out);
            Canonical.string(p.sex().get().name(), out);
        }
        out.append('}');
    }

    private static void recruitment(Recruitment r, StringBuilder out) {
        out.append('{');
        field("costsPaidByWorker", out);
        out.append('[');
        for (int i = 0; i < r.costsPaidByWorker().size(); i++) {
            CostItem c = r.costsPaidByWorker().get(i);
            comma(out);
            out.append('{');
            field("amount", out);
            number(c.amount(), out);
            field("currency", out);
            Canonical.string(c.currency(), out);
            field("item", out);
            Canonical.string(c.item().name(), out);
            if (c.paidOn().isPresent()) {
                field("paidOn", out);
                date(c.paidOn().get(), out);
            }
            out.append('}');
        }
        out.append(']');
        field("destination", out);
        Canonical.string(r.destination(), out);
        field("employerDeclinedToPay", out);
        out.append(r.employerDeclinedToPay());
        field("exchangeRates", out);
        out.append('{');
        // The record keeps the rates in a map sorted by currency, which is the canonical order of the keys.
        for (Map.Entry<String, BigDecimal> e : r.exchangeRates().entrySet()) {
            field(e.getKey(), out);
            number(e.getValue(), out);
        }
        out.append('}');
        if (r.firstJobStart().isPresent()) {
            field("firstJobStart", out);
            date(r.firstJobStart().get(), out);
        }
        if (r.firstMonthEarnings().isPresent()) {
            field("firstMonthEarnings", out);
            money(r.firstMonthEarnings().get(), out);
        }
        field("governmentToGovernment", out);
        out.append(r.governmentToGovernment());
        field("householdService", out);
        out.append(r.householdService());
        if (r.monthlyBasicSalary().isPresent()) {
            field("monthlyBasicSalary", out);
            money(r.monthlyBasicSalary().get(), out);
        }
        optionalString("occupation", r.occupation(), out);
        field("origin", out);
        Canonical.string(r.origin(), out);
        out.append('}');
    }

    private static void money(Money m, StringBuilder out) {
        out.append('{');
        field("amount", out);
        number(m.amount(), out);
        field("currency", out);
        Canonical.string(m.currency(), out);
        out.append('}');
    }

    private static void qualification(Qualification q, StringBuilder out) {
        out.append('{');
        field("awardingCountry", out);
        Canonical.string(q.awardingCountry(), out);
        if (q.decisionDate().isPresent()) {
            field("decisionDate", out);
            date(q.decisionDate().get(), out);
        }
        strings("differencesCoveredByExperience", q.differencesCoveredByExperience(), out);
        field("documentsAvailable", out);
        out.append(q.documentsAvailable());
        optionalString("field", q.field(), out);
        if (q.fileCompleteDate().isPresent()) {
            field("fileCompleteDate", out);
            date(q.fileCompleteDate().get(), out);
        }
        field("level", out);
        Canonical.string(q.level(), out);
        strings("nonCompensableDifferences", q.nonCompensableDifferences(), out);
        if (q.preferredCompensation().isPresent()) {
            field("preferredCompensation", out);
            Canonical.string(q.preferredCompensation().get().name(), out);
        }
        field("professionRequiresNationalLaw", out);
        out.append(q.professionRequiresNationalLaw());
        field("regulatedProfession", out);
        out.append(q.regulatedProfession());
        strings("substantialDifferences", q.substantialDifferences(), out);
        if (q.workExperienceMonths().isPresent()) {
            field("workExperienceMonths", out);
            out.append(q.workExperienceMonths().getAsInt());
        }
        out.append('}');
    }

    private static void healthProfessional(HealthProfessional h, StringBuilder out) {
        out.append('{');
        field("countryOfPractice", out);
        Canonical.string(h.countryOfPractice(), out);
        if (h.healthPostOffered().isPresent()) {
            field("healthPostOffered", out);
            out.append(h.healthPostOffered().get().booleanValue());
        }
        optionalString("highestDegreeLevel", h.highestDegreeLevel(), out);
        // An empty list is left out, as Writing leaves it out.
        if (!h.languages().isEmpty()) {
            strings("languages", h.languages(), out);
        }
        if (h.licensed().isPresent()) {
            field("licensed", out);
            out.append(h.licensed().get().booleanValue());
        }
        field("originCountry", out);
        Canonical.string(h.originCountry(), out);
        field("profession", out);
        Canonical.string(h.profession().name(), out);
        if (h.qualified().isPresent()) {
            field("qualified", out);
            out.append(h.qualified().get().booleanValue());
        }
        if (h.returnType().isPresent()) {
            field("returnType", out);
            Canonical.string(h.returnType().get().name(), out);
        }
        if (h.workAbroad().isPresent()) {
            field("workAbroad", out);
            out.append('[');
            for (WorkPeriod w : h.workAbroad().get()) {
                comma(out);
                out.append('{');
                field("country", out);
                Canonical.string(w.country(), out);
                field("from", out);
                date(w.from(), out);
                field("to", out);
                date(w.to(), out);
                out.append('}');
            }
            out.append(']');
        }
        out.append('}');
    }

    /** A comma unless the value is the first of its object or array. */
    private static void comma(StringBuilder out) {
        char last = out.charAt(out.length() - 1);
        if (last != '{' && last != '[') {
            out.append(',');
        }
    }

    private static void field(String name, StringBuilder out) {
        comma(out);
        Canonical.string(name, out);
        out.append(':');
    }

    private static void optionalString(String name, Optional<String> value, StringBuilder out) {
        if (value.isPresent()) {
            field(name, out);
            Canonical.string(value.get(), out);
        }
    }

    private static void strings(String name, List<String> values, StringBuilder out) {
        field(name, out);
        out.append('[');
        for (int i = 0; i < values.size(); i++) { // by index: no iterator for each list of every request
            comma(out);
            Canonical.string(values.get(i), out);
        }
        out.append(']');
    }

    private static void date(LocalDate date, StringBuilder out) {
        // ISO dates are digits and hyphens (a year beyond 9999 adds a plus sign): nothing to escape. Years of four
        // digits are written digit by digit, as LocalDate.toString writes them, without a string of their own.
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            out.append('"').append(date).append('"');
            return;
        }
        out.append('"').append(year).append('-');
        twoDigits(date.getMonthValue(), out);
        out.append('-');
        twoDigits(date.getDayOfMonth(), out);
        out.append('"');
    }

    private static void twoDigits(int value, StringBuilder out) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static void number(BigDecimal value, StringBuilder out) {
        Canonical.number(value, out);
    }

    /** One thread's text buffer, UTF-8 buffer and digest. */
    private static final class Scratch {
        private final MessageDigest digest;
        private final byte[] bytes = new byte[4096];
        StringBuilder text = new StringBuilder(1024);

        Scratch() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required by the Java platform", e);
            }
        }

        /**
         * The SHA-256 of the text in UTF-8, as {@code String.getBytes(UTF_8)} encodes it (an unpaired surrogate,
         * which the canonical text never holds, as {@code ?}), fed to the digest a buffer at a time.
         */
        byte[] digest(CharSequence text) {
            digest.reset();
            int n = 0;
            int length = text.length();
            for (int i = 0; i < length; i++) {
                if (n > bytes.length - 4) {
                    digest.update(bytes, 0, n);
                    n = 0;
                }
                char c = text.charAt(i);
                if (c < 0x80) {
                    bytes[n++] = (byte) c;
                } else if (c < 0x800) {
                    bytes[n++] = (byte) (0xC0 | c >> 6);
                    bytes[n++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < length
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(++i));
                    bytes[n++] = (byte) (0xF0 | cp >> 18);
                    bytes[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    bytes[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    bytes[n++] = (byte) (0x80 | cp & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    bytes[n++] = '?';
                } else {
                    bytes[n++] = (byte) (0xE0 | c >> 12);
                    bytes[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                    bytes[n++] = (byte) (0x80 | c & 0x3F);
                }
            }
            digest.update(bytes, 0, n);
            return digest.digest();
        }
    }
}
