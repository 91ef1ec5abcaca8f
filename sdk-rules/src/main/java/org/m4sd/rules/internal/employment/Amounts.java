package org.m4sd.rules.internal.employment;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;

/** How amounts and cost items read in messages. Formatting only: nothing here compares or decides. */
final class Amounts {
    /** The cost types in their declared order, read without copying {@code values()} per call. */
    private static final CostType[] DECLARED = CostType.values();
    /** How many texts of item sets are kept: the sets a deployment sees are few. */
    private static final int NAMES_KEPT = 64;
    private static volatile NamesSeen namesSeen = new NamesSeen(new long[0], new String[0]);
    /** Digits of every number a long holds. */
    private static final int MAX_LONG_DIGITS = 18;
    /** Strings of 0 to 18 zeros, and ten to the powers 0 to 18. */
    private static final String[] ZEROS = new String[MAX_LONG_DIGITS + 1];
    private static final long[] POWERS_OF_TEN = new long[MAX_LONG_DIGITS + 1];

    static {
        if (DECLARED.length > Long.SIZE) {
            throw new IllegalStateException("a set of cost types is named by the bits of a long: more types than bits");
        }
        long power = 1;
        for (int i = 0; i <= MAX_LONG_DIGITS; i++) {
            ZEROS[i] = "0".repeat(i);
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private Amounts() {
    }

    /** {@code "NPR 10000"}: the amount without trailing zeros, after its currency; empty for no amount. */
    static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        int scale = amount.scale();
        if (scale < 0 || scale >= ZEROS.length || amount.precision() > MAX_LONG_DIGITS) {
            BigDecimal a = amount.stripTrailingZeros();
            return currency + " " + (a.scale() < 0 ? a.setScale(0) : a).toPlainString();
        }
        // up to 18 digits and as many decimals, as every amount in a request is: the text made once, from longs
        long unscaled = Math.abs(scale == 0 ? amount.longValue() : amount.movePointRight(scale).longValue());
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        String sign = amount.signum() < 0 ? "-" : "";
        if (scale == 0) {
            return currency + " " + sign + unscaled;
        }
        long power = POWERS_OF_TEN[scale];
        long fraction = unscaled % power;
        int padding = scale - 1;
        while (padding > 0 && fraction >= POWERS_OF_TEN[scale - padding]) {
            padding--;
        }
        return currency + " " + sign + unscaled / power + "." + ZEROS[padding] + fraction;
    }

    /** Amounts summed by currency, currencies in alphabetical order: {@code "NPR 1500 + USD 20"}; "0" when none. */
    static String byCurrency(List<CostItem> items) {
        // costs in one currency, most requests' case, are summed without a map
        String currency = null;
        BigDecimal sum = null;
        for (int i = 0; i < items.size(); i++) {
            CostItem item = items.get(i);
            if (item.amount().signum() <= 0) {
                continue;
            }
            if (currency == null) {
                currency = item.currency();
                sum = item.amount();
            } else if (currency.equals(item.currency())) {
                sum = sum.add(item.amount());
            } else {
                return severalCurrencies(items);
            }
        }
        return currency == null ? "0" : money(sum, currency);
    }

    private static String severalCurrencies(List<CostItem> items) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (CostItem i : items) {
            if (i.amount().signum() > 0) {
                sums.merge(i.currency(), i.amount(), BigDecimal::add);
            }
        }
        return sums.entrySet().stream().map(e -> money(e.getValue(), e.getKey())).collect(Collectors.joining(" + "));
    }

    /** Item names in their declared order, comma-separated: the same whatever the order of the request's items. */
    static String names(Set<CostType> items) {
        long mask = bits(items);
        // the same few sets of items come back request after request: their texts are kept
        NamesSeen seen = namesSeen;
        for (int i = 0; i < seen.masks.length; i++) {
            if (seen.masks[i] == mask) {
                return seen.names[i];
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < DECLARED.length; i++) {
            if ((mask & 1L << i) != 0) {
                if (!out.isEmpty()) {
                    out.append(", ");
                }
                out.append(DECLARED[i].name());
            }
        }
        String names = out.toString();
        if (seen.masks.length < NAMES_KEPT) {
            // a lost update only costs a text made again
            namesSeen = seen.with(mask, names);
        }
        return names;
    }

    /** A set of cost types as the bits of their ordinals, found without iterating the set. */
    static long bits(Set<CostType> items) {
        long mask = 0;
        for (int i = 0; i < DECLARED.length; i++) {
            if (items.contains(DECLARED[i])) {
                mask |= 1L << i;
            }
        }
        return mask;
    }

    /** Texts of item sets already named, by the set's bits in declared order; replaced, never changed. */
    private record NamesSeen(long[] masks, String[] names) {
        NamesSeen with(long mask, String text) {
            long[] m = Arrays.copyOf(masks, masks.length + 1);
            String[] n = Arrays.copyOf(names, names.length + 1);
            m[masks.length] = mask;
            n[names.length] = text;
            return new NamesSeen(m, n);
        }
    }
}
