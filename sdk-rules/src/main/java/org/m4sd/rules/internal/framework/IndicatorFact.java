package org.m4sd.rules.internal.framework;

import java.util.Set;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.Determination.Sector;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.Measure;
import org.m4sd.sdk.framework.Population;
import org.m4sd.sdk.framework.Source;
import org.m4sd.sdk.request.MigratoryStatus;

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

    /** What the population counts, persons or decisions; null for an indicator not fed by decisions. */
    public Population.Counting getCounts() {
        return indicator.population().map(Population::counts).orElse(null);
    }

    /** The migratory statuses the population counts; empty for an indicator not fed by decisions. */
    public Set<MigratoryStatus> getMigratoryStatuses() {
        return indicator.population().map(Population::migratoryStatuses).orElse(Set.of());
    }

    /** The determinations the population counts; empty for an indicator not fed by decisions. */
    public Set<Determination> getDeterminations() {
        return indicator.population().map(Population::determinations).orElse(Set.of());
    }

    /** The outcomes the population counts; empty for an indicator not fed by decisions. */
    public Set<Outcome> getOutcomes() {
        return indicator.population().map(Population::outcomes).orElse(Set.of());
    }
}
