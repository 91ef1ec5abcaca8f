package org.m4sd.rules.internal.socialsecurity;

/**
 * What the rules found before the pensionable age, where no path without an age condition gives the pension: an
 * early path whose age the person reached. Whether it is open to them (grounds, children) and met (record) is
 * tested afterwards. Inserted logically by the rules of {@code socialsecurity.drl}.
 *
 * @param pensionCase the case it was found for
 * @param path        the early path
 */
public record EarlyPathReached(OldAgePensionCase pensionCase, QualifyingPath path) {
}
