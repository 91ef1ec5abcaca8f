package org.m4sd.rules.internal.education;

/**
 * The parameters of public schooling in force for one jurisdiction and date, each with its source.
 *
 * @param schoolAges         the admission ages, always in force (the international default otherwise)
 * @param compulsoryAges     the compulsory school ages; null where none is encoded
 * @param enrolmentDocuments the documents enrolment asks for; null where it asks for none
 * @param citizensFraming    the national text's citizens-only wording; null where the text has none
 */
public record PublicSchoolParameters(SchoolAges schoolAges, CompulsoryAges compulsoryAges,
        EnrolmentDocuments enrolmentDocuments,
        CitizensFraming citizensFraming) {
}
