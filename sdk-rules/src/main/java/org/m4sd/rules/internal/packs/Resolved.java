package org.m4sd.rules.internal.packs;

import java.math.BigDecimal;

/**
 * A parameter value resolved for a jurisdiction and date: which pack supplied it, and whether the country
 * pack had none so the international default applied (the explanation says so).
 */
public record Resolved(String name, String packId, boolean internationalDefault, ParameterValue value) {
    public BigDecimal decimal() {
        return value.decimal();
    }

    public int integer() {
        return value.integer();
    }

    public String text() {
        return value.text();
    }

    public Source source() {
        return value.source();
    }
}
