package org.m4sd.rules.internal.education;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.NotInForceException;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.health.IcrmwParties;
import org.m4sd.rules.internal.packs.ParameterValue;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * {@code education.public-school}: a child has access to public pre-school, primary and secondary education on
 * equal terms with nationals, whatever the child's or the parents' situation (CRC arts. 2, 28; ICRMW art. 30 for
 * its parties). The access test is the ages at which nationals are admitted ({@value #SCHOOL_AGE}, dated pack
 * data, else the international default 3 to 17); the compulsory ages ({@value #COMPULSORY_AGE}) are reported as
 * information; a document enrolment asks for ({@value #DOCUMENTS},
 * Morocco: a residence-card copy) is a barrier that makes the outcome CONDITIONAL, never a ground of
 * ineligibility; where the national text frames schooling for citizens ({@value #CITIZENS_FRAMING}), the
 * explanation says that the right of every child follows from the CRC, and the outcome does not change.
 *
 * <p>Measures the child's age on the decision date and takes the documents held from the request; the rules in
 * {@code public-school.drl} compare them with the parameters. Status-neutral: the case carries neither migratory
 * status nor nationality.
 */
public final class PublicSchool implements Determiner {
    public static final String SCHOOL_AGE = "education.school-age";
    public static final String COMPULSORY_AGE = "education.compulsory-age";
    public static final String DOCUMENTS = "education.enrolment-documents";
    public static final String CITIZENS_FRAMING = "education.citizens-framing";

    @Override
    public Determination determination() {
        return Determination.EDUCATION_PUBLIC_SCHOOL;
    }

    @Override
    public String knowledgeBase() {
        return "education";
    }

    @Override
    public CaseFact caseFor(EligibilityRequest request, PackContext packs) {
        Resolved ages = packs.findParam(SCHOOL_AGE).orElseThrow(() -> new NotInForceException("$.asOf",
                "no school ages are in force on " + request.asOf() + " for " + request.jurisdiction()
                        + " (the international default dates from the entry into force of the CRC)"));
        Optional<Resolved> compulsory = packs.findParam(COMPULSORY_AGE);
        Optional<Resolved> documents = packs.findParam(DOCUMENTS);
        Optional<Resolved> framing = packs.findParam(CITIZENS_FRAMING);
        ValuesInForce inForce = new ValuesInForce(ages.value(), compulsory.map(Resolved::value).orElse(null),
                documents.map(Resolved::value).orElse(null), framing.map(Resolved::value).orElse(null));
        // built once per combination of pack values in force, kept with the packs: pack data never changes
        Map<ValuesInForce, PublicSchoolParameters> built = packs.packs().cache(PublicSchool.class);
        PublicSchoolParameters parameters = built.computeIfAbsent(inForce,
                k -> new PublicSchoolParameters(schoolAges(ages), compulsory.map(PublicSchool::compulsoryAges)
                        .orElse(null), documents.flatMap(PublicSchool::enrolmentDocuments).orElse(null),
                        framing.map(f -> new CitizensFraming(f.text(), cite(f.source()))).orElse(null)));
        IcrmwParties icrmw = IcrmwParties.of(packs);

        PublicSchoolCase c = new PublicSchoolCase(request.jurisdiction(), request.person().birthDate().orElse(null),
                request.person().documentsHeld(), parameters, request.asOf(), icrmw.inForceFor(request.jurisdiction()),
                icrmw.citationFor(request.jurisdiction()), ahead(packs, SCHOOL_AGE), ahead(packs, COMPULSORY_AGE));
        SchoolAges schoolAges = parameters.schoolAges();
        c.value("schoolAgeFrom", schoolAges.admissionMin());
        c.value("schoolAgeTo", schoolAges.admissionMax());
        c.value("schoolAgeSource", schoolAges.source());
        c.value("schoolAgeInternationalDefault", schoolAges.internationalDefault());
        return c;
    }

    /**
     * The schedule of an age range from the decision date on: a stretch from the date, then one from each day a
     * value of the overlay or of the international pack starts or ends after it, with the range resolved that day.
     */
    private static List<AgesInForceFrom> ahead(PackContext packs, String name) {
        List<LocalDate> changes = packs.packs().changeDays(name, packs.jurisdiction());
        // the first change after the decision date: most values took effect before it, and are passed over at once
        int next = Collections.binarySearch(changes, packs.asOf());
        next = next >= 0 ? next + 1 : -next - 1;
        List<AgesInForceFrom> schedule = new ArrayList<>(1 + changes.size() - next);
        schedule.add(stretch(packs, name, packs.asOf()));
        for (int i = next; i < changes.size(); i++) {
            schedule.add(stretch(packs, name, changes.get(i)));
        }
        return schedule;
    }

    private static AgesInForceFrom stretch(PackContext packs, String name, LocalDate day) {
        Optional<Resolved> range = packs.packs().find(name, packs.jurisdiction(), day);
        return range.map(r -> new AgesInForceFrom(day, range(r).path("from").intValue(),
                range(r).path("to").intValue())).orElse(new AgesInForceFrom(day, null, null));
    }

    private static SchoolAges schoolAges(Resolved ages) {
        JsonNode range = range(ages);
        return new SchoolAges(range.path("from").intValue(), range.path("to").intValue(), cite(ages.source()),
                ages.internationalDefault());
    }

    private static CompulsoryAges compulsoryAges(Resolved ages) {
        JsonNode range = range(ages);
        return new CompulsoryAges(range.path("from").intValue(), range.path("to").intValue(), cite(ages.source()));
    }

    private static JsonNode range(Resolved ages) {
        JsonNode range = ages.value().value();
        if (!range.path("from").canConvertToInt() || !range.path("to").canConvertToInt()
                || range.path("from").intValue() > range.path("to").intValue()) {
            throw new IllegalStateException(ages.name() + " for " + ages.packId() + " is not a {from, to} range");
        }
        return range;
    }

    /** The documents asked for; empty when the list in force asks for none. */
    private static Optional<EnrolmentDocuments> enrolmentDocuments(Resolved documents) {
        List<String> required = new ArrayList<>();
        documents.value().value().forEach(d -> required.add(d.asText()));
        return required.isEmpty() ? Optional.empty()
                : Optional.of(new EnrolmentDocuments(required, cite(documents.source())));
    }

    private static String cite(Source s) {
        return s.instrument() + (s.article().isBlank() ? "" : ", art. " + s.article()) + " [" + s.status() + "]";
    }

    /**
     * The pack values in force, compared by identity: each value belongs to one pack, so it also fixes whether it
     * is the international default, and hashing a value's content on every request would cost what parsing does.
     */
    private record ValuesInForce(ParameterValue ages, ParameterValue compulsory, ParameterValue documents,
            ParameterValue framing) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ValuesInForce v && v.ages == ages && v.compulsory == compulsory
                    && v.documents == documents && v.framing == framing;
        }

        @Override
        public int hashCode() {
            return ((System.identityHashCode(ages) * 31 + System.identityHashCode(compulsory)) * 31
                    + System.identityHashCode(documents)) * 31 + System.identityHashCode(framing);
        }
    }
}
