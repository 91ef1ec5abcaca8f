package org.m4sd.rules.internal.education;

/**
 * The parameters of public schooling in force for one jurisdiction and date, each with its source.
 *
 * @param schoolAges         the school ages, always in force (the international default otherwise)
 * @param enrolmentDocuments the documents enrolment asks for; null where it asks for none
 * @param citizensFraming    the national text's citizens-only wording; null where the text has none
 */
public record PublicSchoolParameters(SchoolAges schoolAges, EnrolmentDocuments enrolmentDocuments,
        CitizensFraming citizensFraming) {
}
