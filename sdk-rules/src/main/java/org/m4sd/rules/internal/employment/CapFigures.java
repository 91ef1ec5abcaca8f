package org.m4sd.rules.internal.employment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.m4sd.sdk.request.CostItem;

/** A cap check as the rules read it: plain strings, so that constraints stay simple in the executable model. */
record CapFigures(String check, String paid, String cap, String missingPath) {
    static final CapFigures NONE = new CapFigures("NONE", "", "", "");

    /**
     * The figures of a cap check. What was paid is shown in its own currencies, followed by its value in the cap's
     * currency (rounded to 2 places) when that differs and every amount could be converted.
     */
    static CapFigures of(List<CostItem> items, Conversion.CapResult r, String capCurrency, BigDecimal capAmount) {
        String own = describe(items);
        boolean foreign = items.stream().anyMatch(i -> i.amount().signum() > 0 && !i.currency().equals(capCurrency));
        String paid = foreign && !r.partial() ? own + " (" + FairRecruitment.money(r.paid(), capCurrency) + ")" : own;
        return new CapFigures(r.check().name(), paid, FairRecruitment.money(capAmount, capCurrency),
                r.missingPath() == null ? "" : r.missingPath());
    }

    /** Amounts summed by currency, currencies in alphabetical order: {@code "NPR 1500 + USD 20"}; "0" when none. */
    static String describe(List<CostItem> items) {
        Map<String, BigDecimal> byCurrency = new TreeMap<>();
        for (CostItem i : items) {
            if (i.amount().signum() > 0) {
                byCurrency.merge(i.currency(), i.amount(), BigDecimal::add);
            }
        }
        if (byCurrency.isEmpty()) {
            return "0";
        }
        return byCurrency.entrySet().stream().map(e -> FairRecruitment.money(e.getValue(), e.getKey()))
                .collect(Collectors.joining(" + "));
    }
}
