package org.m4sd.rules.internal.employment;

import java.math.BigDecimal;

/** A cap check as the rules read it: plain strings, so that constraints stay simple in the executable model. */
record CapFigures(String check, String paid, String cap, String missingPath) {
    static final CapFigures NONE = new CapFigures("NONE", "", "", "");

    static CapFigures of(Conversion.CapResult r, String capCurrency, BigDecimal capAmount) {
        String paid = FairRecruitment.money(r.paid(), capCurrency) + (r.partial() ? " +" : "");
        return new CapFigures(r.check().name(), paid, FairRecruitment.money(capAmount, capCurrency),
                r.missingPath() == null ? "" : r.missingPath());
    }
}
