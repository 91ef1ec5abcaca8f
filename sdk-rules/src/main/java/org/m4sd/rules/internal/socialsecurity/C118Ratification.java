package org.m4sd.rules.internal.socialsecurity;

/**
 * A ratification of ILO C118 (Equality of Treatment (Social Security) Convention, 1962) as the international pack's
 * {@code c118Ratifications} table records it. The sources give the year of ratification, not the branches
 * accepted: a ratification counts from the start of its year and the old-age branch is taken as accepted [B].
 *
 * @param state  ISO 3166-1 alpha-3 code of the ratifying state
 * @param year   the year of ratification
 * @param status the V/S/B tag of the source
 */
public record C118Ratification(String state, int year, String status) {
}
