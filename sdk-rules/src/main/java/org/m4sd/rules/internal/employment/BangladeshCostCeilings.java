package org.m4sd.rules.internal.employment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.request.CostType;

/**
 * Bangladesh's government ceilings (BMET notices): for each destination with a ceiling in force, what a worker
 * may be charged in all; women workers migrate cost-free.
 *
 * @param since    the first day the rule set is in force, as messages show it
 * @param ceilings the ceilings in force, by destination
 * @param source   where the pack takes the rule set from
 */
public record BangladeshCostCeilings(String since, Map<String, Ceiling> ceilings, Source source)
        implements NationalFeeRule {
    private static final Set<CostType> EVERY_ITEM = Collections.unmodifiableSet(EnumSet.allOf(CostType.class));

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

    /** A ceiling covers everything the worker paid. */
    @Override
    public boolean allInclusive() {
        return true;
    }

    @Override
    public Set<CostType> coveredItems() {
        return EVERY_ITEM;
    }
}
