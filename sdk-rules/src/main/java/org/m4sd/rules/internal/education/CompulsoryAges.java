package org.m4sd.rules.internal.education;

/**
 * The compulsory school ages in force for a jurisdiction and date ({@value PublicSchool#COMPULSORY_AGE}): the
 * ages, in completed years and both included, at which attendance is required. Information only: the access test
 * reads the admission ages ({@link SchoolAges}).
 *
 * @param from   first age of compulsory attendance
 * @param to     last age of compulsory attendance, included
 * @param source the value's source as shown to the user: instrument, article and V/S/B status
 */
public record CompulsoryAges(int from, int to, String source) {
}
