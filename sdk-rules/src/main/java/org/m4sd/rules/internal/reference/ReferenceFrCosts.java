package org.m4sd.rules.internal.reference;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;

/**
 * What a worker paid to be recruited (DOMAIN.md 3, SDG 10.7.1; 4.16 and 4.22), as the fair-recruitment reference
 * measures it: the cost items of the request in their own currencies, by canonical kind.
 *
 * <p>The kinds are the request's {@link CostType}s, which follow the ILO definition of recruitment fees and related
 * costs (4.22); the names users know are synonyms of one of them: a Philippine "placement fee" and a Nepali "service
 * charge" are both the agency's fee, {@link #AGENCY_FEE}. An item of amount zero records that nothing was paid: it is
 * not a kind paid and adds nothing.
 */
final class ReferenceFrCosts {
    /** The fee a recruitment agency takes: Nepal's "service charge", the Philippines' "placement fee" (4.22). */
    static final CostType AGENCY_FEE = CostType.SERVICE_CHARGE;

    private final List<CostItem> items;

    ReferenceFrCosts(List<CostItem> items) {
        this.items = List.copyOf(items);
    }

    /** The costs of one kind only. */
    ReferenceFrCosts ofKind(CostType kind) {
        return new ReferenceFrCosts(items.stream().filter(i -> i.item() == kind).toList());
    }

    /** The costs of the given kinds only. */
    ReferenceFrCosts ofKinds(Set<CostType> kinds) {
        return new ReferenceFrCosts(items.stream().filter(i -> kinds.contains(i.item())).toList());
    }

    /** Every cost, in whatever currencies it was paid. */
    List<CostItem> items() {
        return items;
    }

    /** Whether the worker paid anything at all among these costs. */
    boolean anyPaid() {
        return items.stream().anyMatch(ReferenceFrCosts::paid);
    }

    /** The kinds of cost the worker actually paid (an amount above zero). */
    Set<CostType> kindsPaid() {
        Set<CostType> kinds = EnumSet.noneOf(CostType.class);
        items.stream().filter(ReferenceFrCosts::paid).forEach(i -> kinds.add(i.item()));
        return kinds;
    }

    /** What was paid in each currency, currencies in alphabetical order; currencies with nothing paid are left out. */
    SortedMap<String, BigDecimal> paidByCurrency() {
        SortedMap<String, BigDecimal> sums = new TreeMap<>();
        for (CostItem i : items) {
            if (paid(i)) {
                sums.merge(i.currency(), i.amount(), BigDecimal::add);
            }
        }
        return sums;
    }

    /** The currencies, other than {@code currency}, in which something was paid; in alphabetical order. */
    SortedSet<String> otherCurrenciesPaid(String currency) {
        SortedSet<String> others = new TreeSet<>(paidByCurrency().keySet());
        others.remove(currency);
        return others;
    }

    /** The sum of the amounts denominated in {@code currency}. */
    BigDecimal sumIn(String currency) {
        return items.stream().filter(i -> i.currency().equals(currency)).map(CostItem::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What was paid as the messages show it, currency by currency: {@code "NPR 1500 + USD 20"}, or "0". */
    String describe() {
        SortedMap<String, BigDecimal> sums = paidByCurrency();
        if (sums.isEmpty()) {
            return "0";
        }
        StringJoiner text = new StringJoiner(" + ");
        sums.forEach((currency, amount) -> text.add(text(amount, currency)));
        return text.toString();
    }

    /** An amount as the messages show it: the currency, then the amount without trailing zeros ("NPR 10000"). */
    static String text(BigDecimal amount, String currency) {
        return currency + " " + amount.stripTrailingZeros().toPlainString();
    }

    /** Kind names in the order {@link CostType} declares them, comma-separated, whatever the request's order. */
    static String kindNames(Collection<CostType> kinds) {
        Set<CostType> declaredOrder = EnumSet.noneOf(CostType.class);
        declaredOrder.addAll(kinds);
        StringJoiner names = new StringJoiner(", ");
        declaredOrder.forEach(k -> names.add(k.name()));
        return names.toString();
    }

    private static boolean paid(CostItem item) {
        return item.amount().signum() > 0;
    }
}
