package org.m4sd.rules.internal.socialsecurity;

/**
 * What the rules found the record must reach: the minimum of the qualifying paths that apply to the person, in
 * the scheme's unit. Inserted by the rules of {@code socialsecurity.drl}, one per case.
 *
 * @param pensionCase the case it was found for
 * @param units       the contribution units required
 */
public record RequiredPeriod(OldAgePensionCase pensionCase, long units) {
}
