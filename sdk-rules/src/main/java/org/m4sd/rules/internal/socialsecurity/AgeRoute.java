package org.m4sd.rules.internal.socialsecurity;

/**
 * What the rules found as another way to the pension while the pensionable age is not reached: a path without an
 * age condition, or an early path open to the person (it needs no ground, a ground it lists holds, or they raised
 * the children it asks for), whatever the record. Inserted logically by the rules of {@code socialsecurity.drl}.
 *
 * @param pensionCase the case it was found for
 * @param parameter   the pack parameter of the path ({@code ss.pension.paths} or {@code ss.pension.early-paths})
 * @param path        the path
 */
public record AgeRoute(OldAgePensionCase pensionCase, String parameter, QualifyingPath path) {
}
