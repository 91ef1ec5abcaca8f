package org.m4sd.rules.internal.employment;

import java.util.Map;
import java.util.Set;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.request.CostType;

/**
 * Bangladesh's government ceilings (BMET notices): for each destination with a ceiling in force, what an agency may
 * charge a worker (all inclusive where the notice says so); women workers migrate cost-free.
 *
 * @param since    the first day the rule set is in force, as messages show it
 * @param ceilings the ceilings in force, by destination
 * @param source   where the pack takes the rule set from
 */
public record BangladeshCostCeilings(String since, Map<String, Ceiling> ceilings, Source source)
        implements NationalFeeRule {
    private static final Set<CostType> AGENCY_CHARGE = Set.of(CostType.SERVICE_CHARGE);

    public BangladeshCostCeilings {
        ceilings = Map.copyOf(ceilings);
    }

    /** The ceiling in force for work in {@code destination}, or null where none is. */
    public Ceiling ceilingFor(String destination) {
        return ceilings.get(destination);
    }

    @Override
    public boolean everyDestination() {
        return false;
    }

    /** The destinations with a ceiling in force. */
    @Override
    public Set<String> destinations() {
        return ceilings.keySet();
    }

    /** Whether a ceiling caps everything the worker pays is the ceiling's own ({@link Ceiling#allInclusive()}). */
    @Override
    public boolean allInclusive() {
        return false;
    }

    /** The items a ceiling caps are the ceiling's own ({@link Ceiling#coveredItems()}). */
    @Override
    public Set<CostType> coveredItems() {
        return AGENCY_CHARGE;
    }
}
