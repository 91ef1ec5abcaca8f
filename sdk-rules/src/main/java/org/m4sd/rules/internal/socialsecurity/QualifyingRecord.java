package org.m4sd.rules.internal.socialsecurity;

/**
 * A record the rules found to reach the required period: the periods in the jurisdiction alone (national
 * provision), or the periods totalised with partner states' where the jurisdiction is liable (pro-rata provision).
 * Inserted by the rules of {@code socialsecurity.drl}.
 *
 * @param pensionCase the case it was found for
 * @param units       the contribution units that count
 * @param provision   NATIONAL or PRO_RATA
 */
public record QualifyingRecord(OldAgePensionCase pensionCase, long units, String provision) {
}
