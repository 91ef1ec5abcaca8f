package org.m4sd.rules.internal.socialsecurity;

/**
 * What the rules found when the pension is due: the most demanding qualifying path, among those open at the
 * person's age, that the record which reaches the required period meets. The path gives the level and any
 * condition; the record is the periods in the jurisdiction alone (national provision) or the totalised periods
 * (pro-rata provision). Inserted by the rules of {@code socialsecurity.drl}.
 *
 * @param pensionCase the case it was found for
 * @param path        the path
 * @param units       the contribution units of the record that meets it
 * @param provision   NATIONAL or PRO_RATA
 */
public record PathMet(OldAgePensionCase pensionCase, QualifyingPath path, long units, String provision) {
}
