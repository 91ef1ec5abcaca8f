package org.m4sd.rules.internal.reference;

import static org.m4sd.rules.internal.reference.ReferenceRule.blocks;
import static org.m4sd.rules.internal.reference.ReferenceRule.conditions;
import static org.m4sd.rules.internal.reference.ReferenceRule.informs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.m4sd.rules.internal.packs.Pack;
import org.m4sd.rules.internal.packs.ParameterValue;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;

/**
 * {@code education.public-school}, read from DOMAIN.md section 4 items 10 and 12 and the packs'
 * {@code education.json}: every child has access to public pre-school, primary and secondary education on equal
 * terms with nationals, whatever the child's or the parents' situation (CRC arts. 2 and 28, binding all our
 * states; ICRMW art. 30, binding its parties only, reported where it binds). The access test is the range of ages
 * at which the jurisdiction admits its nationals, else the international default of 3 to 17; the compulsory range
 * is reported as information. No pack sets a school-year cut-off date, so the age is taken on the decision date
 * and the explanation says so. A document enrolment asks for and the family lacks is a barrier (CONDITIONAL),
 * never a ground of ineligibility; a national text framed for citizens is reported, and the right of every child
 * still follows from the CRC. Neither migratory status nor nationality is read.
 */
final class ReferencePublicSchool implements ReferenceDeterminer {
    private static final String SCHOOL_AGE = "education.school-age";
    private static final String COMPULSORY_AGE = "education.compulsory-age";
    private static final String DOCUMENTS = "education.enrolment-documents";
    private static final String CITIZENS_FRAMING = "education.citizens-framing";

    private static final List<ReferenceRule> RULES = List.of(
            informs("ed.school.ages-national", "ed.school-ages", 5, "crc-1", "crc-2-28"),
            informs("ed.school.ages-default", "ed.school-ages", 5, "crc-1", "crc-2-28"),
            blocks("ed.school.age-within", "ed.school-age", 10, "crc-2-28"),
            blocks("ed.school.age-outside", "ed.school-age", 10, "crc-2-28"),
            blocks("ed.school.birthdate-unknown", "ed.school-age", 10, "crc-2-28"),
            informs("ed.school.icrmw-party", "ed.icrmw", 12, "icrmw-30"),
            informs("ed.school.compulsory-age", "ed.compulsory", 15, "crc-2-28"),
            informs("ed.school.not-compulsory-age", "ed.compulsory", 15, "crc-2-28"),
            conditions("ed.school.documents-held", "ed.documents", 20, "crc-2-28"),
            conditions("ed.school.document-requested", "ed.documents", 20, "crc-2-28"),
            informs("ed.school.citizens-framing", "ed.every-child", 30, "crc-2-28"));

    @Override
    public Determination determination() {
        return Determination.EDUCATION_PUBLIC_SCHOOL;
    }

    @Override
    public List<ReferenceRule> rules() {
        return RULES;
    }

    @Override
    public void decide(EligibilityRequest request, Parameters law, Findings findings) {
        String state = request.jurisdiction();
        LocalDate asOf = request.asOf();
        Person child = request.person();

        // The ages at which the state admits its nationals to public pre-school to secondary: the national range,
        // else the international default (3 to 17).
        Resolved ages = law.find(SCHOOL_AGE).orElseThrow(() -> new NotInForce("$.asOf",
                "no school ages are in force on " + asOf + " for " + state
                        + " (the international default dates from the entry into force of the CRC)"));
        JsonNode range = ages.value().value();
        JsonNode fromNode = range.path("from");
        JsonNode toNode = range.path("to");
        if (!fromNode.canConvertToInt() || !toNode.canConvertToInt() || fromNode.intValue() > toNode.intValue()) {
            throw new IllegalStateException(SCHOOL_AGE + " for " + ages.packId() + " is not a {from, to} range");
        }
        int from = fromNode.intValue();
        int to = toNode.intValue();
        String agesCited = cite(ages.source());
        boolean byDefault = ages.internationalDefault();
        findings.value("schoolAgeFrom", from);
        findings.value("schoolAgeTo", to);
        findings.value("schoolAgeSource", agesCited);
        findings.value("schoolAgeInternationalDefault", byDefault);
        if (byDefault) {
            findings.met("ed.school.ages-default", "ED_AGES_DEFAULT", state, from, to, agesCited);
        } else {
            findings.met("ed.school.ages-national", "ED_AGES_NATIONAL", state, from, to, agesCited);
        }

        // The child's age in completed years on the decision date (no pack sets a school-year cut-off date),
        // within the admission range, both ends included: access on equal terms with nationals (CRC art. 2).
        Optional<LocalDate> birth = child.birthDate();
        Optional<Integer> age = birth.map(b -> completedYears(b, asOf));
        if (age.isEmpty()) {
            findings.unknown("ed.school.birthdate-unknown", "ED_BIRTHDATE_UNKNOWN", "$.person.birthDate");
        } else if (age.get() >= from && age.get() <= to) {
            findings.met("ed.school.age-within", "ED_AGE_WITHIN", age.get(), from, to);
        } else {
            // Moving on in time is the only change: the first day the child is of an age admitted under the ages
            // in force that day, or none where the child is past them for good.
            Optional<LocalDate> admitted = firstDayWithin(SCHOOL_AGE, birth.get(), law);
            findings.notMet("ed.school.age-outside", "ED_AGE_OUTSIDE", gapUntil(admitted), age.get(), from, to,
                    admitted.isPresent() ? 1 : 0);
        }

        // ICRMW art. 30 adds its own guarantee where the Convention binds the state on the date.
        ReferenceIcrmw icrmw = ReferenceIcrmw.forRequest(law);
        if (icrmw.binds()) {
            findings.met("ed.school.icrmw-party", "ED_ICRMW_PARTY", state, icrmw.inForceFrom(),
                    icrmw.ratificationSource());
        }

        // Whether attendance is required at that age: information, never the access test.
        Optional<Resolved> compulsory = law.find(COMPULSORY_AGE);
        if (compulsory.isPresent() && age.isPresent()) {
            JsonNode compulsoryRange = compulsory.get().value().value();
            int compulsoryFrom = compulsoryRange.path("from").intValue();
            int compulsoryTo = compulsoryRange.path("to").intValue();
            String compulsoryCited = cite(compulsory.get().source());
            boolean required = age.get() >= compulsoryFrom && age.get() <= compulsoryTo;
            findings.value("attendanceCompulsory", required);
            if (required) {
                findings.met("ed.school.compulsory-age", "ED_COMPULSORY", age.get(), compulsoryFrom, compulsoryTo,
                        compulsoryCited);
            } else {
                Optional<LocalDate> attendance = firstDayWithin(COMPULSORY_AGE, birth.get(), law);
                findings.notMet("ed.school.not-compulsory-age", "ED_NOT_COMPULSORY", gapUntil(attendance),
                        age.get(), compulsoryFrom, compulsoryTo, compulsoryCited, attendance.isPresent() ? 1 : 0);
            }
        }

        // Documents enrolment asks for: a barrier to resolve where the family lacks one.
        Optional<Resolved> documents = law.find(DOCUMENTS);
        if (documents.isPresent()) {
            List<String> asked = new ArrayList<>();
            List<String> lacking = new ArrayList<>();
            for (JsonNode document : documents.get().value().value()) {
                asked.add(document.asText());
                if (!child.documentsHeld().contains(document.asText())) {
                    lacking.add(document.asText());
                }
            }
            String documentsCited = cite(documents.get().source());
            if (!lacking.isEmpty()) {
                // Producing the documents lifts the barrier; lacking them is never a ground to refuse the place.
                findings.notMet("ed.school.document-requested", "ED_DOCUMENT_REQUESTED",
                        Gap.change("$.person.documentsHeld", lacking), String.join(", ", lacking), documentsCited);
            } else if (!asked.isEmpty()) {
                findings.met("ed.school.documents-held", "ED_DOCUMENTS_HELD", String.join(", ", asked),
                        documentsCited);
            }
        }

        // A national text framed for citizens: every child's right follows from the CRC all the same.
        law.find(CITIZENS_FRAMING).filter(f -> !f.text().isEmpty()).ifPresent(f -> findings.met(
                "ed.school.citizens-framing", "ED_CITIZENS_FRAMING", f.text(), cite(f.source())));
    }

    /** Met from {@code day} on where one comes; else the birth date stands in the way for good. */
    private static Gap gapUntil(Optional<LocalDate> day) {
        return day.map(d -> Gap.reachDate("$.asOf", d)).orElseGet(() -> Gap.unchangeable("$.person.birthDate"));
    }

    /**
     * The first day from the decision date on whose age in completed years is within the range of
     * {@code parameter} in force that day. Being within can only start on the decision date, on a birthday, or on a day a
     * value of the range starts or stops being in force; those days are tried in order, up to the birthday past the
     * highest age any value admits.
     */
    private static Optional<LocalDate> firstDayWithin(String parameter, LocalDate birth, Parameters law) {
        TreeSet<LocalDate> tried = new TreeSet<>();
        tried.add(law.asOf());
        int highest = 0;
        for (Pack pack : law.packs().decidingPacks(law.jurisdiction())) {
            for (ParameterValue value : pack.parameter(parameter).map(p -> p.values()).orElse(List.of())) {
                tried.add(value.validFrom());
                if (value.validTo() != null) {
                    tried.add(value.validTo().plusDays(1));
                }
                highest = Math.max(highest, value.value().path("to").intValue());
            }
        }
        for (int years = 0; years <= highest + 1; years++) {
            // a birthday on 29 February is completed on 1 March in other years
            tried.add(birth.plusYears(years));
            tried.add(birth.plusYears(years).plusDays(1));
        }
        for (LocalDate day : tried.tailSet(law.asOf(), true)) {
            Optional<Resolved> range = law.packs().find(parameter, law.jurisdiction(), day);
            int age = completedYears(birth, day);
            if (range.isPresent() && age >= range.get().value().value().path("from").intValue()
                    && age <= range.get().value().value().path("to").intValue()) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** Years of age completed on {@code day}: a year is completed on the birthday (29 February: on 1 March). */
    static int completedYears(LocalDate birth, LocalDate day) {
        int years = day.getYear() - birth.getYear();
        boolean birthdayToCome = day.getMonthValue() < birth.getMonthValue()
                || day.getMonthValue() == birth.getMonthValue() && day.getDayOfMonth() < birth.getDayOfMonth();
        return birthdayToCome ? years - 1 : years;
    }

    /** How the school explanation cites a pack source: instrument, article where one is given, tag. */
    private static String cite(Source source) {
        return source.instrument() + (source.article().isBlank() ? "" : ", art. " + source.article()) + " ["
                + source.status() + "]";
    }
}
