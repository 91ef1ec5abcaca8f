package org.m4sd.benchmarks;

import java.util.List;
import org.m4sd.sdk.Determination;

/** What one request asks: a single determination, or all of them for one person, in every jurisdiction or one. */
public enum Scenario {
    EMERGENCY_CARE(null, Determination.HEALTH_EMERGENCY_CARE),
    ESSENTIAL_CARE(null, Determination.HEALTH_ESSENTIAL_CARE),
    PUBLIC_SCHOOL(null, Determination.EDUCATION_PUBLIC_SCHOOL),
    OLD_AGE_PENSION(null, Determination.SOCIAL_SECURITY_OLD_AGE_PENSION),
    BENEFIT_EXPORT(null, Determination.SOCIAL_SECURITY_BENEFIT_EXPORT),
    QUALIFICATION_RECOGNITION(null, Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION),
    FAIR_RECRUITMENT(null, Determination.EMPLOYMENT_FAIR_RECRUITMENT),
    DIASPORA_RETURN(null, Determination.HEALTH_DIASPORA_RETURN_SUPPORT),
    /** All eight determinations for one person, jurisdictions mixed. */
    ALL(null),
    ALL_ECU("ECU"),
    ALL_MAR("MAR"),
    ALL_NPL("NPL"),
    ALL_SRB("SRB"),
    ALL_SEN("SEN"),
    ALL_TUN("TUN"),
    ALL_PHL("PHL"),
    ALL_BGD("BGD");

    private final String jurisdiction;
    private final List<Determination> determinations;

    Scenario(String jurisdiction, Determination... determinations) {
        this.jurisdiction = jurisdiction;
        this.determinations = determinations.length == 0 ? List.of(Determination.values()) : List.of(determinations);
    }

    public String jurisdiction() {
        return jurisdiction;
    }

    public List<Determination> determinations() {
        return determinations;
    }
}
