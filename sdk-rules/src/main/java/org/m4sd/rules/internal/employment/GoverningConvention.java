package org.m4sd.rules.internal.employment;

/**
 * The convention under which a qualification is assessed, once the rules of {@code employment.drl} found one that
 * binds both the recognising and the awarding state on the decision date for the qualification's level. Inserted by
 * those rules, at most one per case; the assessment rules (documents, substantial differences, measures, time to
 * decide) match it, so none of them applies where no convention does.
 *
 * @param recognition the case it was found for
 * @param convention  the convention
 */
public record GoverningConvention(QualificationRecognitionCase recognition, RecognitionConvention convention) {
}
