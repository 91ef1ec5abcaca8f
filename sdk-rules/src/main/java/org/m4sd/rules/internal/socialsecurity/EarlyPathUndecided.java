package org.m4sd.rules.internal.socialsecurity;

/**
 * What the rules found before the pensionable age when no early path is met: an early path could still give the
 * pension, but a fact it reads is missing or the record it requires is not encoded ({@code reason}). Inserted
 * logically by the rules of {@code socialsecurity.drl}: equal findings are one fact (one per missing fact, one per
 * path whose record is not encoded), and the age is then reported as undetermined rather than not reached.
 *
 * @param pensionCase the case it was found for
 * @param reason      the missing fact's JSON path, or the parameter that does not encode the record
 * @param path        the early path whose record is not encoded; null for a missing fact
 */
public record EarlyPathUndecided(OldAgePensionCase pensionCase, String reason, QualifyingPath path) {
}
