package org.m4sd.rules.internal.employment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.request.CostType;

/**
 * Nepal's "free visa, free ticket" rule (Ministry of Labour notice of 9 June 2015): for the destinations it names,
 * the employer pays the items it lists; an agency's service charge is capped and allowed only after the employer's
 * written refusal to pay; the worker pays the items it lists, among them a welfare-fund contribution of a fixed
 * amount.
 *
 * @param since             the first day in force, as messages show it
 * @param destinations      the destinations it governs
 * @param employerPaidItems the items the employer pays (visa, air ticket)
 * @param workerPaidItems   the items the worker pays
 * @param serviceChargeCap  the most an agency may charge as its service charge
 * @param welfareFund       the welfare-fund contribution due
 * @param coveredItems      every item the rule addresses: the employer's, the worker's and the service charge
 * @param source            where the pack takes the rule set from
 */
public record NepalFreeVisaFreeTicket(String since, Set<String> destinations, Set<CostType> employerPaidItems,
        Set<CostType> workerPaidItems, AmountParameter serviceChargeCap, AmountParameter welfareFund,
        Set<CostType> coveredItems, Source source) implements NationalFeeRule {

    static NepalFreeVisaFreeTicket of(String since, Set<String> destinations, Set<CostType> employerPaidItems,
            Set<CostType> workerPaidItems, AmountParameter serviceChargeCap, AmountParameter welfareFund,
            Source source) {
        Set<CostType> covered = EnumSet.of(CostType.SERVICE_CHARGE);
        covered.addAll(employerPaidItems);
        covered.addAll(workerPaidItems);
        return new NepalFreeVisaFreeTicket(since, destinations, employerPaidItems, workerPaidItems, serviceChargeCap,
                welfareFund, Collections.unmodifiableSet(covered), source);
    }

    @Override
    public boolean everyDestination() {
        return false;
    }

    @Override
    public boolean allInclusive() {
        return false;
    }

    /** The items the worker pays, as messages show them. */
    public String workerPaidItemsText() {
        return Amounts.names(workerPaidItems);
    }
}
