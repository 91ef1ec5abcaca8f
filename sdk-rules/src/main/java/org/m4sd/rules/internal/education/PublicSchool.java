package org.m4sd.rules.internal.education;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * {@code education.public-school}: children of the jurisdiction's school age may not be refused or limited in
 * public pre-school or school, whatever their own or their parents' situation (ICRMW art. 30; CRC arts. 2, 28).
 * School ages are dated pack data ({@value #SCHOOL_AGE}); a document enrolment asks for ({@value #DOCUMENTS},
 * Morocco: a residence-card copy) is a barrier that makes the outcome CONDITIONAL, never a ground of
 * ineligibility; where the national text frames schooling for citizens ({@value #CITIZENS_FRAMING}), the
 * explanation says that the right of every child follows from the CRC, and the outcome does not change.
 *
 * <p>Status-neutral: the case carries neither migratory status nor nationality.
 */
public final class PublicSchool implements Determiner {
    public static final String SCHOOL_AGE = "education.school-age";
    public static final String DOCUMENTS = "education.enrolment-documents";
    public static final String CITIZENS_FRAMING = "education.citizens-framing";
    static final String BIRTH_DATE_PATH = "$.person.birthDate";

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
        Resolved ages = packs.findParam(SCHOOL_AGE).orElseThrow(() -> new IllegalArgumentException(
                "$.asOf: no school ages are in force on " + request.asOf() + " for " + request.jurisdiction()
                        + " (the international default dates from the entry into force of the CRC)"));
        JsonNode range = ages.value().value();
        if (!range.path("from").canConvertToInt() || !range.path("to").canConvertToInt()
                || range.path("from").intValue() > range.path("to").intValue()) {
            throw new IllegalStateException(SCHOOL_AGE + " for " + ages.packId() + " is not a {from, to} range");
        }
        Integer age = request.person().birthDate().map(b -> Period.between(b, request.asOf()).getYears()).orElse(null);

        List<String> required = new ArrayList<>();
        String documentsSource = "";
        Optional<Resolved> documents = packs.findParam(DOCUMENTS);
        if (documents.isPresent()) {
            documents.get().value().value().forEach(d -> required.add(d.asText()));
            documentsSource = cite(documents.get().source());
        }
        List<String> missing = required.stream().filter(d -> !request.person().documentsHeld().contains(d)).toList();

        Optional<Resolved> framing = packs.findParam(CITIZENS_FRAMING);
        PublicSchoolCase c = new PublicSchoolCase(request.jurisdiction(), age, range.path("from").intValue(),
                range.path("to").intValue(), ages.internationalDefault(), cite(ages.source()),
                String.join(", ", required), String.join(", ", missing), documentsSource,
                framing.map(Resolved::text).orElse(""), framing.map(f -> cite(f.source())).orElse(""));
        c.value("schoolAgeFrom", c.getAgeFrom());
        c.value("schoolAgeTo", c.getAgeTo());
        c.value("schoolAgeSource", c.getAgesSource());
        c.value("schoolAgeInternationalDefault", c.isAgesFromDefault());
        return c;
    }

    static String cite(Source s) {
        return s.instrument() + (s.article().isBlank() ? "" : ", art. " + s.article()) + " [" + s.status() + "]";
    }
}
