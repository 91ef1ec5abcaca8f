package org.m4sd.rules.internal.employment;

import java.util.Set;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.request.CostType;

/**
 * A national ban on charging workers some recruitment costs (rule set {@code FEE_BAN}): for work in any
 * destination, nothing may be charged to the worker for the items the law names (Moldova, Laws 102/2003 and
 * 180/2008: private employment agencies may charge workers no fee). Any other cost stays under the ILO principle.
 *
 * @param since       the first day in force, as messages show it
 * @param bannedItems the items the law bars charging to workers ({@code fr.fee-ban.items})
 * @param source      where the pack takes the rule set from
 */
public record FeeBan(String since, Set<CostType> bannedItems, Source source) implements NationalFeeRule {
    public FeeBan {
        bannedItems = Set.copyOf(bannedItems);
        if (bannedItems.isEmpty()) {
            throw new IllegalArgumentException("a fee ban names at least one item");
        }
    }

    @Override
    public boolean everyDestination() {
        return true;
    }

    @Override
    public Set<String> destinations() {
        return Set.of();
    }

    @Override
    public boolean allInclusive() {
        return false;
    }

    /** The banned items: any other cost stays under the international rule. */
    @Override
    public Set<CostType> coveredItems() {
        return bannedItems;
    }

    /** The banned items, as messages show them. */
    public String bannedItemsText() {
        return Amounts.names(bannedItems);
    }

    /** The law as messages show it: instrument, article and V/S/B status. */
    public String law() {
        return source.instrument() + (source.article().isBlank() ? "" : ", art. " + source.article()) + " ["
                + source.status() + "]";
    }
}
