package org.m4sd.rules.internal.framework;

import java.util.Set;
import org.m4sd.sdk.Determination.Sector;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.Measure;
import org.m4sd.sdk.framework.Source;

/** An indicator of the framework as a fact. */
public final class IndicatorFact {
    private final Indicator indicator;

    IndicatorFact(Indicator indicator) {
        this.indicator = indicator;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public String getId() {
        return indicator.id();
    }

    public Source getSource() {
        return indicator.source();
    }

    public Measure getMeasure() {
        return indicator.measure();
    }

    /** The sector, or null for a cross-sector indicator. */
    public Sector getSector() {
        return indicator.sector().orElse(null);
    }

    public Set<String> getDimensionSet() {
        return Set.copyOf(indicator.dimensions());
    }
}
