package org.m4sd.rules.internal.socialsecurity;

import java.util.Map;
import java.util.Set;

/**
 * What the payment of a pension abroad depends on besides the person, in force on the date of the decision: the
 * partner states of the jurisdiction's social-security agreements that cover old-age pensions (the overlay's
 * {@code agreements} table), and the states for which ILO C118 is in force with the old-age branch accepted (the
 * international {@code c118Ratifications} table).
 *
 * @param agreementPartners  the states that are partners of an agreement in force covering old-age pensions that is
 *                           a basis for paying them abroad (the table's {@code paysAbroad}: not one under which the
 *                           state of residence pays)
 * @param agreementByPartner for each of them, the first such agreement in the table
 * @param c118OldAgeParties  the states whose ratification of C118 is in force on the date and that accepted its
 *                           old-age branch (art. 2(1)(e)), as the table records it
 */
public record ExportParameters(Set<String> agreementPartners, Map<String, Agreement> agreementByPartner,
        Set<String> c118OldAgeParties) {
    /** For a person who needs no export, or whose residence is unknown: nothing is read. */
    static final ExportParameters NOT_READ = new ExportParameters(Set.of(), Map.of(), Set.of());

    /** The parameters from the agreements in force and the states bound by C118 for the old-age branch. */
    static ExportParameters of(AgreementsInForce agreements, Set<String> c118OldAgeParties) {
        return new ExportParameters(agreements.payingAbroadPartners(), agreements.byPartner(), c118OldAgeParties);
    }

    /** The first agreement in force, in table order, whose partners include the state; null when none does. */
    public Agreement agreementWith(String state) {
        return agreementByPartner.get(state);
    }
}
