package org.m4sd.rules.internal.education;

import java.time.LocalDate;
import java.util.List;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;

/**
 * What public schooling is decided on: the child's age measured on the decision date and the documents the child
 * holds, beside the parameters in force for the jurisdiction and date (admission ages, compulsory ages, documents
 * enrolment asks for, citizens-only wording) and the day the ICRMW binds the jurisdiction (null where it is not
 * recorded as a party). The rules compare the two; the case draws no conclusion. Status-neutral by
 * construction: there is no migratory status, and no nationality, here for a rule to read.
 */
public final class PublicSchoolCase extends CaseFact {
    private final String jurisdiction;
    private final Integer ageYears;
    private final List<String> documentsHeld;
    private final PublicSchoolParameters parameters;
    private final LocalDate asOf;
    private final LocalDate icrmwInForceFrom;
    private final String icrmwSource;

    public PublicSchoolCase(String jurisdiction, Integer ageYears, List<String> documentsHeld,
            PublicSchoolParameters parameters, LocalDate asOf, LocalDate icrmwInForceFrom, String icrmwSource) {
        super(Determination.EDUCATION_PUBLIC_SCHOOL);
        this.jurisdiction = jurisdiction;
        this.ageYears = ageYears;
        this.documentsHeld = List.copyOf(documentsHeld);
        this.parameters = parameters;
        this.asOf = asOf;
        this.icrmwInForceFrom = icrmwInForceFrom;
        this.icrmwSource = icrmwSource;
    }

    /** The decision date. */
    public LocalDate getAsOf() {
        return asOf;
    }

    /** The first day the ICRMW binds the jurisdiction; null where the packs do not record it as a party. */
    public LocalDate getIcrmwInForceFrom() {
        return icrmwInForceFrom;
    }

    /** The source of the jurisdiction's ratification or accession; null where it is not recorded as a party. */
    public String getIcrmwSource() {
        return icrmwSource;
    }

    /** The compulsory school ages; null where none is encoded. */
    public CompulsoryAges getCompulsoryAges() {
        return parameters.compulsoryAges();
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    /** The child's age in completed years on the decision date; null when the birth date is not given. */
    public Integer getAgeYears() {
        return ageYears;
    }

    /** The document codes the child's family can produce, as the request gives them. */
    public List<String> getDocumentsHeld() {
        return documentsHeld;
    }

    /** The admission ages in force (the access test). */
    public SchoolAges getSchoolAges() {
        return parameters.schoolAges();
    }

    /** The documents enrolment asks for; null where it asks for none. */
    public EnrolmentDocuments getEnrolmentDocuments() {
        return parameters.enrolmentDocuments();
    }

    /** The national text's citizens-only wording; null where the text has none. */
    public CitizensFraming getCitizensFraming() {
        return parameters.citizensFraming();
    }

    /**
     * For the message of a documentation barrier: the requested documents the child does not hold,
     * comma-separated, in the pack's order. The barrier itself is tested by the rules.
     */
    public String documentsNotHeld() {
        StringBuilder out = new StringBuilder();
        for (String document : parameters.enrolmentDocuments().required()) {
            if (!documentsHeld.contains(document)) {
                out.append(out.length() == 0 ? "" : ", ").append(document);
            }
        }
        return out.toString();
    }
}
