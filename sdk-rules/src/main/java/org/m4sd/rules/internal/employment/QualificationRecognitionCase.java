package org.m4sd.rules.internal.employment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.CompensationMeasure;
import org.m4sd.sdk.request.MigratoryStatus;

/**
 * What recognition is decided on: the jurisdiction and date, the qualification as the request states it (level,
 * its number on the ISCED 2011 scale, awarding state, the
 * substantial differences the authority showed, those work experience covers and those no measure can bridge, the
 * profession, the documents, the dates of the file and the decision), the person's migratory status (which the
 * rules read only where documents are lacking) and the parameters in force on the request's date: the level where
 * higher education begins, the recognition conventions between the two states with the days they bind each, the
 * statuses assessed without documents, the longest adaptation period and the time limit to decide. Not
 * status-neutral. No comparison with a parameter or a date is made here: the rules make them.
 */
public final class QualificationRecognitionCase extends CaseFact {
    boolean qualificationPresent;
    String jurisdiction = "";
    LocalDate asOf;
    String awardingCountry = "";
    String level = "";
    int iscedLevel;
    boolean documentsAvailable = true;
    MigratoryStatus migratoryStatus;
    SortedSet<String> substantialDifferences = Collections.emptySortedSet();
    SortedSet<String> coveredByExperience = Collections.emptySortedSet();
    SortedSet<String> nonCompensableDifferences = Collections.emptySortedSet();
    boolean regulatedProfession;
    boolean professionRequiresNationalLaw;
    CompensationMeasure preferredCompensation;
    LocalDate fileCompleteDate;
    LocalDate decisionDate;
    LocalDate decisionReferenceDate;
    HigherEducationLevel higherEducation;
    ConventionBinding lrc;
    ConventionBinding globalConvention;
    Set<MigratoryStatus> refugeeLikeStatuses = Set.of();
    MonthsLimit adaptationPeriod;
    MonthsLimit decisionTimeLimit;

    QualificationRecognitionCase() {
        super(Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION);
    }

    public boolean isQualificationPresent() {
        return qualificationPresent;
    }

    /** ISO 3166-1 alpha-3 code of the recognising state. */
    public String getJurisdiction() {
        return jurisdiction;
    }

    /** The decision date: the day the conventions must bind both states. */
    public LocalDate getAsOf() {
        return asOf;
    }

    /** ISO 3166-1 alpha-3 code of the state that awarded the qualification. */
    public String getAwardingCountry() {
        return awardingCountry;
    }

    /** ISCED 2011 level, {@code ISCED_0} to {@code ISCED_8}. */
    public String getLevel() {
        return level;
    }

    /** The level's number on the ISCED 2011 scale (0 to 8). */
    public int getIscedLevel() {
        return iscedLevel;
    }

    public boolean isDocumentsAvailable() {
        return documentsAvailable;
    }

    public MigratoryStatus getMigratoryStatus() {
        return migratoryStatus;
    }

    /** The substantial differences the authority has shown ({@code LEVEL}, {@code WORKLOAD} ...). */
    public SortedSet<String> getSubstantialDifferences() {
        return substantialDifferences;
    }

    /** Those of the differences the applicant's work experience makes good. */
    public SortedSet<String> getCoveredByExperience() {
        return coveredByExperience;
    }

    /** Those of the differences no compensation measure can bridge. */
    public SortedSet<String> getNonCompensableDifferences() {
        return nonCompensableDifferences;
    }

    public boolean isRegulatedProfession() {
        return regulatedProfession;
    }

    public boolean isProfessionRequiresNationalLaw() {
        return professionRequiresNationalLaw;
    }

    /** The compensation measure the applicant prefers, or null. */
    public CompensationMeasure getPreferredCompensation() {
        return preferredCompensation;
    }

    /** The day the file became complete, or null. */
    public LocalDate getFileCompleteDate() {
        return fileCompleteDate;
    }

    /** The day the authority decided, or null while it has not. */
    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    /** The day the time to decide is measured to: the decision's date, else the request's date. */
    public LocalDate getDecisionReferenceDate() {
        return decisionReferenceDate;
    }

    /** The lowest ISCED 2011 level of a higher-education qualification, or null before the packs hold one. */
    public HigherEducationLevel getHigherEducation() {
        return higherEducation;
    }

    /** The Lisbon Recognition Convention between the two states, or null unless the packs record both as parties. */
    public ConventionBinding getLrc() {
        return lrc;
    }

    /** The UNESCO Global Convention between the two states, or null unless the packs record both as parties. */
    public ConventionBinding getGlobalConvention() {
        return globalConvention;
    }

    /** The migratory statuses the conventions' art. VII assesses without documents (never {@code UNKNOWN}). */
    public Set<MigratoryStatus> getRefugeeLikeStatuses() {
        return refugeeLikeStatuses;
    }

    /** The longest adaptation period, or null before the packs hold one. */
    public MonthsLimit getAdaptationPeriod() {
        return adaptationPeriod;
    }

    /** The time to decide on a complete file, or null before the packs hold one. */
    public MonthsLimit getDecisionTimeLimit() {
        return decisionTimeLimit;
    }

    // ---- for messages and values

    /** The differences work experience covers: {@code "LEVEL, WORKLOAD"}. */
    public String getCoveredDifferencesText() {
        return String.join(", ", coveredByExperience);
    }

    /** The differences work experience does not cover, in alphabetical order. */
    public List<String> getRemainingDifferences() {
        return substantialDifferences.stream().filter(d -> !coveredByExperience.contains(d)).toList();
    }

    /** The differences work experience does not cover. */
    public String getRemainingDifferencesText() {
        return namesOutsideCovered(substantialDifferences);
    }

    /** The differences no measure can bridge that work experience does not cover. */
    public String getNonCompensableRemainingText() {
        return namesOutsideCovered(nonCompensableDifferences);
    }

    /** The name of the applicant's preferred measure, or {@code otherwise} when there is none. */
    public String preferredCompensationOr(String otherwise) {
        return preferredCompensation == null ? otherwise : preferredCompensation.name();
    }

    private String namesOutsideCovered(SortedSet<String> differences) {
        return differences.stream().filter(d -> !coveredByExperience.contains(d)).collect(Collectors.joining(", "));
    }
}
