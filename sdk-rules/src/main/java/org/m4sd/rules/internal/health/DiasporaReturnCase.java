package org.m4sd.rules.internal.health;

import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;

/**
 * The facts diaspora return support depends on: the health professional's facts and the jurisdiction (the
 * origin country that offers the support), plus the origin's WHO safeguards-list status from pack data. Nothing
 * else about the person is read.
 */
public final class DiasporaReturnCase extends CaseFact {
    private final String jurisdiction;
    private final boolean professionalGiven;
    private final String profession;
    private final Boolean qualified;
    private final Boolean licensed;
    private final String returnType;
    private final Boolean healthPostOffered;
    private final String originCountry;
    private final String countryOfPractice;
    private final boolean safeguardsListed;
    private final String safeguardsStatus;
    private final String densityThreshold;
    private final String uhcThreshold;
    private final String safeguardsRecorded;

    public DiasporaReturnCase(String jurisdiction, boolean professionalGiven, String profession, Boolean qualified,
            Boolean licensed, String returnType, Boolean healthPostOffered, String originCountry,
            String countryOfPractice, boolean safeguardsListed, String safeguardsStatus, String densityThreshold,
            String uhcThreshold, String safeguardsRecorded) {
        super(Determination.HEALTH_DIASPORA_RETURN_SUPPORT);
        this.jurisdiction = jurisdiction;
        this.professionalGiven = professionalGiven;
        this.profession = profession;
        this.qualified = qualified;
        this.licensed = licensed;
        this.returnType = returnType;
        this.healthPostOffered = healthPostOffered;
        this.originCountry = originCountry;
        this.countryOfPractice = countryOfPractice;
        this.safeguardsListed = safeguardsListed;
        this.safeguardsStatus = safeguardsStatus;
        this.densityThreshold = densityThreshold;
        this.uhcThreshold = uhcThreshold;
        this.safeguardsRecorded = safeguardsRecorded;
    }

    /** The country deciding: the origin country that offers the return support. */
    public String getJurisdiction() {
        return jurisdiction;
    }

    /** False when the request has no {@code healthProfessional}: nothing else can be decided. */
    public boolean isProfessionalGiven() {
        return professionalGiven;
    }

    public String getProfession() {
        return profession;
    }

    /** Null when the request does not say. */
    public Boolean getQualified() {
        return qualified;
    }

    /** Null when the request does not say. */
    public Boolean getLicensed() {
        return licensed;
    }

    /** TEMPORARY, PERMANENT or VIRTUAL; null when the request does not say. */
    public String getReturnType() {
        return returnType;
    }

    /** Null when the request does not say. */
    public Boolean getHealthPostOffered() {
        return healthPostOffered;
    }

    public String getOriginCountry() {
        return originCountry;
    }

    public String getCountryOfPractice() {
        return countryOfPractice;
    }

    /** Whether the origin country is the jurisdiction offering the support. */
    public boolean isOriginIsJurisdiction() {
        return professionalGiven && originCountry.equals(jurisdiction);
    }

    /** Whether the professional practises outside the origin country (a member of the diaspora). */
    public boolean isPractisingAbroad() {
        return professionalGiven && !countryOfPractice.equals(originCountry);
    }

    /** Whether pack data records the origin country on the WHO Health Workforce Support and Safeguards List 2023. */
    public boolean isSafeguardsListed() {
        return safeguardsListed;
    }

    /** The V/S/B status of the listing in pack data; empty when not recorded as listed. */
    public String getSafeguardsStatus() {
        return safeguardsStatus;
    }

    /** The list's criterion from pack data: fewer doctors, nurses and midwives per 10,000 than this. */
    public String getDensityThreshold() {
        return densityThreshold;
    }

    /** The list's criterion from pack data: a UHC service-coverage index below this. */
    public String getUhcThreshold() {
        return uhcThreshold;
    }

    /** The countries pack data records as listed, comma-separated. */
    public String getSafeguardsRecorded() {
        return safeguardsRecorded;
    }
}
