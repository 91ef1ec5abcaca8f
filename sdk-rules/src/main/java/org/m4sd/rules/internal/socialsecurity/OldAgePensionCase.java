package org.m4sd.rules.internal.socialsecurity;

import java.math.BigDecimal;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;

/**
 * The facts an old-age pension depends on, already measured against the parameters in force: age against
 * the pensionable age, contribution periods in the jurisdiction and under agreements against the qualifying
 * paths. Status-neutral by construction (ILO C118 equality of treatment): there is no migratory status here.
 *
 * <p>Fields are set once by {@link OldAgePension#caseFor}; rules only read them.
 */
public final class OldAgePensionCase extends CaseFact {
    // Age
    boolean anyAgeQualifies;
    long anyAgeMinimum;
    boolean birthDateKnown;
    boolean sexMissing;
    Boolean ageReached;
    boolean ageBySchedule;
    String age = "";
    int ageYears;
    int ageMonths;
    int pensionableYears;
    int pensionableMonths;
    String pensionableAge = "";
    String pensionableDate = "";
    String ageSource = "";
    // Contributions
    String unit = Coverage.MONTHS;
    long ownUnits;
    long totalUnits;
    long partnerUnits;
    long requiredUnits;
    long ownMonths;
    long minOwnMonths;
    boolean ownQualifies;
    boolean partnerPeriodsUnderAgreement;
    boolean totalisationUsed;
    boolean totalQualifies;
    boolean liabilityMet;
    String agreements = "";
    String pathsSource = "";
    BigDecimal proRataShare;
    // Outcome details
    String benefitLevel;
    String flatBand = "";
    boolean cessationRequired;
    boolean separationRequired;
    String belowMinimum;
    String defaultsApplied = "";
    String defaultsSource = "";
    String jurisdiction = "";

    OldAgePensionCase() {
        super(Determination.SOCIAL_SECURITY_OLD_AGE_PENSION);
    }

    /** A path with no age condition (for example 45 years of insurance at any age) is met. */
    public boolean isAnyAgeQualifies() {
        return anyAgeQualifies;
    }

    public long getAnyAgeMinimum() {
        return anyAgeMinimum;
    }

    public boolean isBirthDateKnown() {
        return birthDateKnown;
    }

    /** The pensionable age depends on sex and the request does not give it. */
    public boolean isSexMissing() {
        return sexMissing;
    }

    /** Null while the age cannot be known. */
    public Boolean getAgeReached() {
        return ageReached;
    }

    /** The pensionable age came from a dated schedule (Serbia, women). */
    public boolean isAgeBySchedule() {
        return ageBySchedule;
    }

    public String getAge() {
        return age;
    }

    public String getPensionableAge() {
        return pensionableAge;
    }

    public String getPensionableDate() {
        return pensionableDate;
    }

    public String getAgeSource() {
        return ageSource;
    }

    /** 0 when periods are counted in months, 1 in days (for message choice formats). */
    public int getUnitIndex() {
        return Coverage.DAYS.equals(unit) ? 1 : 0;
    }

    public int getAgeYears() {
        return ageYears;
    }

    public int getAgeMonths() {
        return ageMonths;
    }

    public int getPensionableYears() {
        return pensionableYears;
    }

    public int getPensionableMonths() {
        return pensionableMonths;
    }

    /** MONTHS or DAYS. */
    public String getUnit() {
        return unit;
    }

    public long getOwnUnits() {
        return ownUnits;
    }

    public long getTotalUnits() {
        return totalUnits;
    }

    public long getPartnerUnits() {
        return partnerUnits;
    }

    public long getRequiredUnits() {
        return requiredUnits;
    }

    public long getOwnMonths() {
        return ownMonths;
    }

    public long getMinOwnMonths() {
        return minOwnMonths;
    }

    /** Periods in the jurisdiction alone meet the applicable minimum. */
    public boolean isOwnQualifies() {
        return ownQualifies;
    }

    /** Periods in a partner state under an agreement in force add to the periods in the jurisdiction. */
    public boolean isPartnerPeriodsUnderAgreement() {
        return partnerPeriodsUnderAgreement;
    }

    /** Periods alone fall short and partner periods under an agreement are added. */
    public boolean isTotalisationUsed() {
        return totalisationUsed;
    }

    public boolean isTotalQualifies() {
        return totalQualifies;
    }

    public boolean isLiabilityMet() {
        return liabilityMet;
    }

    public String getAgreements() {
        return agreements;
    }

    public String getPathsSource() {
        return pathsSource;
    }

    public BigDecimal getProRataShare() {
        return proRataShare;
    }

    /** FULL, REDUCED, PROPORTIONAL or FLAT when a pension is due; null otherwise. */
    public String getBenefitLevel() {
        return benefitLevel;
    }

    public String getFlatBand() {
        return flatBand;
    }

    public boolean isCessationRequired() {
        return cessationRequired;
    }

    public boolean isSeparationRequired() {
        return separationRequired;
    }

    /** LUMP_SUM or REFUND when the minimum is not met and the law pays that instead; null otherwise. */
    public String getBelowMinimum() {
        return belowMinimum;
    }

    /** Parameters for which the international default applied, comma-separated; empty when none. */
    public String getDefaultsApplied() {
        return defaultsApplied;
    }

    public String getDefaultsSource() {
        return defaultsSource;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }
}
