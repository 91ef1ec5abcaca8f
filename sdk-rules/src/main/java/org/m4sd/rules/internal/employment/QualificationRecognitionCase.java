package org.m4sd.rules.internal.employment;

import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;

/**
 * The facts recognition depends on, flattened for the rules: the documentary route (documents, assessment
 * without documents for refugees, a documentary condition, or an unknown status), the substantial differences
 * the authority showed less those work experience covers, the compensation measure and who chooses it, and
 * whether the decision is overdue. Not status-neutral: refugees are assessed without documents.
 */
public final class QualificationRecognitionCase extends CaseFact {
    boolean qualificationPresent;
    /** AVAILABLE, REFUGEE, REQUIRED or STATUS_UNKNOWN. */
    String documentsRoute = "AVAILABLE";
    /** LRC_VII, UNESCO_GLOBAL_CONVENTION or NONE: the instrument under which refugees are assessed without documents. */
    String withoutDocumentsInstrument = "NONE";
    boolean anySubstantialDifference;
    boolean anyRemainingDifference;
    boolean anyNonCompensableDifference;
    boolean anyCoveredByExperience;
    String remainingDifferences = "";
    String nonCompensableDifferences = "";
    String coveredDifferences = "";
    boolean regulatedProfession;
    boolean professionRequiresNationalLaw;
    /** ADAPTATION_PERIOD, APTITUDE_TEST or NONE. */
    String preferredCompensation = "NONE";
    int adaptationPeriodMaxMonths;
    /** UNKNOWN_FILE_DATE, OVERDUE, DECIDED_IN_TIME, PENDING_IN_TIME, or NO_TIME_LIMIT before the packs hold one. */
    String decisionTiming = "UNKNOWN_FILE_DATE";
    String fileCompleteDate = "";
    String decisionDeadline = "";
    String decisionReferenceDate = "";
    int decisionMaxMonths;

    QualificationRecognitionCase() {
        super(Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION);
    }

    public boolean isQualificationPresent() {
        return qualificationPresent;
    }

    public String getDocumentsRoute() {
        return documentsRoute;
    }

    public String getWithoutDocumentsInstrument() {
        return withoutDocumentsInstrument;
    }

    public boolean isAnySubstantialDifference() {
        return anySubstantialDifference;
    }

    public boolean isAnyRemainingDifference() {
        return anyRemainingDifference;
    }

    public boolean isAnyNonCompensableDifference() {
        return anyNonCompensableDifference;
    }

    public boolean isAnyCoveredByExperience() {
        return anyCoveredByExperience;
    }

    public String getRemainingDifferences() {
        return remainingDifferences;
    }

    public String getNonCompensableDifferences() {
        return nonCompensableDifferences;
    }

    public String getCoveredDifferences() {
        return coveredDifferences;
    }

    public boolean isRegulatedProfession() {
        return regulatedProfession;
    }

    public boolean isProfessionRequiresNationalLaw() {
        return professionRequiresNationalLaw;
    }

    public String getPreferredCompensation() {
        return preferredCompensation;
    }

    public int getAdaptationPeriodMaxMonths() {
        return adaptationPeriodMaxMonths;
    }

    public String getDecisionTiming() {
        return decisionTiming;
    }

    public String getFileCompleteDate() {
        return fileCompleteDate;
    }

    public String getDecisionDeadline() {
        return decisionDeadline;
    }

    public String getDecisionReferenceDate() {
        return decisionReferenceDate;
    }

    public int getDecisionMaxMonths() {
        return decisionMaxMonths;
    }
}
