package org.m4sd.rules.internal.socialsecurity;

/**
 * What the rules found before the pensionable age: an early path whose age the person reached and that is open to
 * them (it needs no ground, or a ground it lists holds, or they raised the children it asks for). Inserted logically
 * by the rules of {@code socialsecurity.drl}, once however many grounds open it; the record is tested afterwards.
 *
 * @param pensionCase the case it was found for
 * @param path        the early path
 */
public record EarlyPathOpen(OldAgePensionCase pensionCase, QualifyingPath path) {
}
