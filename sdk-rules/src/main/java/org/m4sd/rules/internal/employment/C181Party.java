package org.m4sd.rules.internal.employment;

import java.time.LocalDate;

/**
 * A state's ratification of the ILO Private Employment Agencies Convention, 1997 (No. 181), as the international
 * pack records it.
 *
 * @param state       ISO 3166-1 alpha-3 code of the state
 * @param ratified    the year of ratification, as messages show it
 * @param inForceFrom the first day the Convention binds the state (art. 18(3): twelve months after registration)
 */
public record C181Party(String state, int ratified, LocalDate inForceFrom) {
}
