package org.m4sd.rules.internal.employment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.request.CostType;

/**
 * Bangladesh's government ceilings (BMET notices): for each destination with a ceiling in force, what a worker
 * may be charged in all; women workers migrate cost-free.
 *
 * @param since        the first day the rule set is in force, as messages show it
 * @param ceilings     the ceilings in force, one per destination
 * @param destinations the destinations those ceilings are for
 * @param source       where the pack takes the rule set from
 */
public record BangladeshCostCeilings(String since, List<Ceiling> ceilings, Set<String> destinations, Source source)
        implements NationalFeeRule {
    private static final Set<CostType> EVERY_ITEM = Collections.unmodifiableSet(EnumSet.allOf(CostType.class));

    static BangladeshCostCeilings of(String since, List<Ceiling> ceilings, Source source) {
        return new BangladeshCostCeilings(since, List.copyOf(ceilings),
                Set.copyOf(ceilings.stream().map(Ceiling::destination).toList()), source);
    }

    @Override
    public boolean everyDestination() {
        return false;
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
