package org.m4sd.rules.internal.employment;

import org.m4sd.rules.internal.packs.Source;

/**
 * Where higher education begins on the ISCED 2011 scale requests code levels in.
 *
 * @param fromLevel the lowest ISCED 2011 level of a higher-education qualification
 * @param source    where the pack takes it from
 */
public record HigherEducationLevel(int fromLevel, Source source) {
}
