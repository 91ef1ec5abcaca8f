package org.m4sd.rules.internal.employment;

import org.m4sd.rules.internal.packs.Source;

/**
 * A limit in whole months (the time to decide on a complete file, the longest adaptation period).
 *
 * @param months the limit
 * @param source where the pack takes it from
 */
public record MonthsLimit(int months, Source source) {
}
