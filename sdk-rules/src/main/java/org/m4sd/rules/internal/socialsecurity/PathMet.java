package org.m4sd.rules.internal.socialsecurity;

/**
 * The most demanding qualifying path, among those open at the person's age, that a qualifying record meets: the
 * pension is due, at the path's level and under its condition. Inserted by the rules of {@code socialsecurity.drl}.
 *
 * @param pensionCase      the case it was found for
 * @param path             the path
 * @param qualifyingRecord the record that meets it
 */
public record PathMet(OldAgePensionCase pensionCase, QualifyingPath path, QualifyingRecord qualifyingRecord) {
}
