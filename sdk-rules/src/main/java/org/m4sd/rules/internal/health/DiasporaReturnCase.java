package org.m4sd.rules.internal.health;

import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;

/**
 * What diaspora return support is decided on: the health professional's facts as the request gives them and the
 * jurisdiction (the origin country that offers the support), beside the WHO safeguards list as pack data records
 * it. Nothing else about the person is read; the rules draw every conclusion.
 */
public final class DiasporaReturnCase extends CaseFact {
    private final String jurisdiction;
    private final boolean professionalGiven;
    private final Boolean qualified;
    private final Boolean licensed;
    private final String returnType;
    private final Boolean healthPostOffered;
    private final String originCountry;
    private final String countryOfPractice;
    private final SafeguardsList safeguards;

    /** The case of a request without a {@code healthProfessional}: nothing else can be decided. */
    public DiasporaReturnCase(String jurisdiction) {
        this(jurisdiction, false, null, null, null, null, null, null, null);
    }

    public DiasporaReturnCase(String jurisdiction, Boolean qualified, Boolean licensed, String returnType,
            Boolean healthPostOffered, String originCountry, String countryOfPractice, SafeguardsList safeguards) {
        this(jurisdiction, true, qualified, licensed, returnType, healthPostOffered, originCountry, countryOfPractice,
                safeguards);
    }

    private DiasporaReturnCase(String jurisdiction, boolean professionalGiven, Boolean qualified, Boolean licensed,
            String returnType, Boolean healthPostOffered, String originCountry, String countryOfPractice,
            SafeguardsList safeguards) {
        super(Determination.HEALTH_DIASPORA_RETURN_SUPPORT);
        this.jurisdiction = jurisdiction;
        this.professionalGiven = professionalGiven;
        this.qualified = qualified;
        this.licensed = licensed;
        this.returnType = returnType;
        this.healthPostOffered = healthPostOffered;
        this.originCountry = originCountry;
        this.countryOfPractice = countryOfPractice;
        this.safeguards = safeguards;
    }

    /** The country deciding: the one that would offer the return support. */
    public String getJurisdiction() {
        return jurisdiction;
    }

    /** False when the request has no {@code healthProfessional}: nothing else can be decided. */
    public boolean isProfessionalGiven() {
        return professionalGiven;
    }

    /** Whether the professional holds a recognised qualification; null when the request does not say. */
    public Boolean getQualified() {
        return qualified;
    }

    /** Whether the professional holds a current licence to practise; null when the request does not say. */
    public Boolean getLicensed() {
        return licensed;
    }

    /** TEMPORARY, PERMANENT or VIRTUAL; null when the request does not say. */
    public String getReturnType() {
        return returnType;
    }

    /** Whether a post in the origin country's health system is offered; null when the request does not say. */
    public Boolean getHealthPostOffered() {
        return healthPostOffered;
    }

    /** The country the professional would return to. */
    public String getOriginCountry() {
        return originCountry;
    }

    /** The country the professional practises in now. */
    public String getCountryOfPractice() {
        return countryOfPractice;
    }

    /** The WHO safeguards list as pack data records it; null when the request has no professional. */
    public SafeguardsList getSafeguards() {
        return safeguards;
    }
}
