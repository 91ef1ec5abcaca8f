package org.m4sd.rules.internal.health;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The essential-care coverage in force for a jurisdiction and date ({@value EssentialCare#COVERAGE}), with its
 * source. Under a {@link CoverageRule#BY_STATUS} rule the status sets say what the rule gives each migratory
 * status; a status the national rule does not name is given what the international default gives (residence or
 * coverage), and is listed in the matching set but not in {@link #namedStatuses}. Under the other rules the
 * status sets are empty. The sets answer {@code contains(null)} with false: an unknown status is in none.
 *
 * @param rule                  whom the rule covers
 * @param namedStatuses         the statuses a rule by status names
 * @param coveredStatuses       the statuses covered on equal terms, without a residence test
 * @param emergencyOnlyStatuses the statuses given emergency medical care only
 * @param residenceTestStatuses the statuses for which residence decides
 * @param childrenUnderYears    the age in completed years below which a person is a child, covered whatever the
 *                              residence (R202 para. 6; CRC art. 1, {@value EssentialCare#CHILDREN_UNDER_YEARS})
 * @param residentFromMonths    the months of residence from which a person is a resident: R202 leaves
 *                              "residents" to national law and, where no national definition is sourced, the pack
 *                              reads a resident as a person with at least one month of residence recorded (the
 *                              parameter's description); no source gives a minimum period
 * @param source                the rule's source as shown to the user: instrument, article and V/S/B status
 * @param internationalDefault  true when the jurisdiction's pack has no sourced rule in force and the
 *                              international default applies
 */
public record EssentialCareCoverage(CoverageRule rule, Set<String> namedStatuses, Set<String> coveredStatuses,
        Set<String> emergencyOnlyStatuses, Set<String> residenceTestStatuses, int childrenUnderYears, int residentFromMonths, String source,
        boolean internationalDefault) {

    /** One month of residence recorded makes a resident, as the coverage parameter's description defines it. */
    public static final int RESIDENT_FROM_MONTHS = 1;

    public EssentialCareCoverage {
        namedStatuses = nullSafeCopy(namedStatuses);
        coveredStatuses = nullSafeCopy(coveredStatuses);
        emergencyOnlyStatuses = nullSafeCopy(emergencyOnlyStatuses);
        residenceTestStatuses = nullSafeCopy(residenceTestStatuses);
    }

    /** Unlike {@code Set.copyOf}, the copy answers {@code contains(null)} (an unknown status) with false. */
    private static Set<String> nullSafeCopy(Set<String> statuses) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(statuses));
    }
}
