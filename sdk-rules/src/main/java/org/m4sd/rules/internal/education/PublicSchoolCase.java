package org.m4sd.rules.internal.education;

import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;

/**
 * The facts public schooling depends on: the child's age on the decision date, the jurisdiction's school ages in
 * force, the documents enrolment asks for and those the child holds, and whether the national text frames the
 * right for citizens. Status-neutral by construction: there is no migratory status, and no nationality, here for
 * a rule to read.
 */
public final class PublicSchoolCase extends CaseFact {
    private final String jurisdiction;
    private final Integer age;
    private final int ageFrom;
    private final int ageTo;
    private final boolean agesFromDefault;
    private final String agesSource;
    private final String requiredDocuments;
    private final String missingDocuments;
    private final String documentsSource;
    private final String citizensFraming;
    private final String framingSource;

    public PublicSchoolCase(String jurisdiction, Integer age, int ageFrom, int ageTo, boolean agesFromDefault,
            String agesSource, String requiredDocuments, String missingDocuments, String documentsSource,
            String citizensFraming, String framingSource) {
        super(Determination.EDUCATION_PUBLIC_SCHOOL);
        this.jurisdiction = jurisdiction;
        this.age = age;
        this.ageFrom = ageFrom;
        this.ageTo = ageTo;
        this.agesFromDefault = agesFromDefault;
        this.agesSource = agesSource;
        this.requiredDocuments = requiredDocuments;
        this.missingDocuments = missingDocuments;
        this.documentsSource = documentsSource;
        this.citizensFraming = citizensFraming;
        this.framingSource = framingSource;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    /** Age in completed years on the decision date; null when the birth date is not given. */
    public Integer getAge() {
        return age;
    }

    /** First age of school age, in completed years. */
    public int getAgeFrom() {
        return ageFrom;
    }

    /** Last age of school age, in completed years, inclusive. */
    public int getAgeTo() {
        return ageTo;
    }

    /** True when the jurisdiction's pack has no sourced school ages in force and the international default applies. */
    public boolean isAgesFromDefault() {
        return agesFromDefault;
    }

    public String getAgesSource() {
        return agesSource;
    }

    /** Whether the age is known and within the school ages. */
    public boolean isWithinSchoolAge() {
        return age != null && age >= ageFrom && age <= ageTo;
    }

    /** Documents enrolment asks for, comma-separated; empty when none. */
    public String getRequiredDocuments() {
        return requiredDocuments;
    }

    public boolean isDocumentsRequested() {
        return !requiredDocuments.isEmpty();
    }

    /** Requested documents the child does not hold, comma-separated; empty when none. */
    public String getMissingDocuments() {
        return missingDocuments;
    }

    public boolean isDocumentsMissing() {
        return !missingDocuments.isEmpty();
    }

    public String getDocumentsSource() {
        return documentsSource;
    }

    /** The national text's wording that frames the right for citizens; empty when it does not. */
    public String getCitizensFraming() {
        return citizensFraming;
    }

    public boolean isFramedForCitizens() {
        return !citizensFraming.isEmpty();
    }

    public String getFramingSource() {
        return framingSource;
    }
}
