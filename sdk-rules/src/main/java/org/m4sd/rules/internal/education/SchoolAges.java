package org.m4sd.rules.internal.education;

/**
 * The school ages in force for a jurisdiction and date ({@value PublicSchool#SCHOOL_AGE}): the ages, in completed
 * years and both included, at which the jurisdiction admits its nationals to public pre-school, primary and
 * secondary education (pre-school entry to the end of secondary).
 *
 * @param admissionMin          first age of school age
 * @param admissionMax          last age of school age, included
 * @param source                the value's source as shown to the user: instrument, article and V/S/B status
 * @param internationalDefault  true when the jurisdiction's pack has no sourced school ages in force and the
 *                              international default (3 to 17) applies
 */
public record SchoolAges(int admissionMin, int admissionMax, String source, boolean internationalDefault) {
}
