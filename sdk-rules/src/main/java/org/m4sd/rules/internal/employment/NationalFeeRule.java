package org.m4sd.rules.internal.employment;

import java.util.Set;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.request.CostType;

/**
 * A national exception to the rule that no recruitment fee or related cost may be charged to a worker (C181 art.
 * 7(2)-(3)), as the jurisdiction's pack holds it for the request's date. Which workers and destinations it governs,
 * and what it allows, are for the rules to test.
 */
public sealed interface NationalFeeRule
        permits NepalFreeVisaFreeTicket, PhilippinePlacementFee, BangladeshCostCeilings, FeeBan {

    /** The first day the rule set is in force, as messages show it. */
    String since();

    /** Whether the rule governs work in every destination. */
    boolean everyDestination();

    /** The destinations it governs, when not every destination (ISO 3166-1 alpha-3 codes). */
    Set<String> destinations();

    /** Whether its limits are all-inclusive, so that no cost stays under the international rule. */
    boolean allInclusive();

    /** The cost items the rule addresses; a cost of any other item stays under the international rule. */
    Set<CostType> coveredItems();

    /** Where the pack takes the rule set from. */
    Source source();

    /** The items it addresses, as messages show them. */
    default String coveredItemsText() {
        return Amounts.names(coveredItems());
    }
}
