package org.m4sd.rules.internal.socialsecurity;

import java.util.List;

/**
 * What the payment of a pension abroad depends on besides the person, in force on the date of the decision: the
 * jurisdiction's social-security agreements that cover old-age pensions (the overlay's {@code agreements} table,
 * in table order), and the ratifications of ILO C118 in force (the international {@code c118Ratifications} table).
 *
 * @param agreementsInForce the agreements in force on the date that cover old-age pensions
 * @param c118InForce       the C118 ratifications in force on the date
 */
public record ExportParameters(List<Agreement> agreementsInForce, List<C118Ratification> c118InForce) {
    /** For a person who needs no export, or whose residence is unknown: nothing is read. */
    static final ExportParameters NOT_READ = new ExportParameters(List.of(), List.of());

    public ExportParameters {
        agreementsInForce = List.copyOf(agreementsInForce);
        c118InForce = List.copyOf(c118InForce);
    }
}
