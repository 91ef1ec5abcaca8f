package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.m4sd.sdk.Determination.Sector;
import org.m4sd.sdk.internal.Checks;

/**
 * An indicator of a result, with IATI 2.03 semantics.
 *
 * @param id          stable id, unique in the framework, for example {@code ACC-1}
 * @param result      id of the outcome or output it measures
 * @param title       what it counts or measures
 * @param measure     IATI measure
 * @param ascending   true when higher is better
 * @param unit        unit of the value, for example {@code persons} or {@code percent}
 * @param references  SDG and GCM references
 * @param sector      the priority sector, or empty for a cross-sector indicator
 * @param level       global, national or local
 * @param dimensions  disaggregation dimensions, for example {@code sex}, {@code migratoryStatus}; values are
 *                    reported for every combination and for totals ({@code _T})
 * @param aggregation cumulative or periodic
 * @param source      where the values come from
 * @param aggregationStatus whether values may be summed over countries and dimension values (IATI indicator
 *                    {@code @aggregation-status}); only counts of the UNIT measure are ever summed
 * @param ratio       the formula, present exactly when {@code source} is {@link Source#RATIO}
 * @param population  whom the indicator counts, for the sources fed by decisions ({@link Source#ACCESS_DECISIONS},
 *                    {@link Source#DECISIONS_MADE}); the framework's validation requires it there and nowhere else
 * @param baselines   baselines per country
 * @param targets     targets per country and period
 * @param limit       the natural limit the values cannot pass, if any: a maximum when ascending (100 for a
 *                    percentage of people covered), a minimum when descending; it scales down the no-target
 *                    progress thresholds near it (Open SDG methodology, {@link Formulas#limitScaling})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Indicator(String id, String result, String title, Measure measure, boolean ascending, String unit,
        List<Reference> references, Optional<Sector> sector, Level level, List<String> dimensions,
        Aggregation aggregation, Source source, boolean aggregationStatus, Optional<Ratio> ratio,
        Optional<Population> population, List<Baseline> baselines, List<Target> targets, OptionalDouble limit) {

    /** Rejects nulls, a ratio that does not match the source and a limit that is not a finite number. */
    public Indicator {
        Checks.requiredText(id, "id");
        Checks.requiredText(result, "result");
        Checks.requiredText(title, "title");
        Checks.required(measure, "measure");
        Checks.required(unit, "unit");
        references = Checks.list(references, "references");
        Checks.optional(sector, "sector");
        Checks.required(level, "level");
        dimensions = Checks.list(dimensions, "dimensions");
        Checks.required(aggregation, "aggregation");
        Checks.required(source, "source");
        Checks.optional(ratio, "ratio");
        Checks.optional(population, "population");
        baselines = Checks.list(baselines, "baselines");
        targets = Checks.list(targets, "targets");
        if (ratio.isPresent() != (source == Source.RATIO)) {
            throw new IllegalArgumentException("indicator " + id + ": a ratio is given exactly when source is RATIO");
        }
        Checks.required(limit, "limit");
        if (limit.isPresent() && !Double.isFinite(limit.getAsDouble())) {
            throw new IllegalArgumentException("indicator " + id + ": limit must be a finite number");
        }
    }

    /** An indicator without a population or a natural limit (the components before they were added). */
    public Indicator(String id, String result, String title, Measure measure, boolean ascending, String unit,
            List<Reference> references, Optional<Sector> sector, Level level, List<String> dimensions,
            Aggregation aggregation, Source source, boolean aggregationStatus, Optional<Ratio> ratio,
            List<Baseline> baselines, List<Target> targets) {
        this(id, result, title, measure, ascending, unit, references, sector, level, dimensions, aggregation, source,
                aggregationStatus, ratio, Optional.empty(), baselines, targets, OptionalDouble.empty());
    }

    /** A builder with measure UNIT, ascending, level NATIONAL, PERIODIC, source OBSERVATIONS. */
    public static Builder builder(String id, String result, String title) {
        return new Builder(id, result, title);
    }

    /** The baseline for a country's total, if any (the latest year when several are given). */
    public Optional<Baseline> baseline(String country) {
        Baseline best = null;
        for (Baseline b : baselines) {
            if (b.country().equals(country) && b.dimensions().isEmpty() && (best == null || b.year() > best.year())) {
                best = b;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether values are summed across countries and dimension values: UNIT counts whose aggregation status is set. */
    public boolean additive() {
        return aggregationStatus && measure == Measure.UNIT && switch (source) {
            case OBSERVATIONS, ACCESS_DECISIONS, DECISIONS_MADE, POLICIES_ADOPTED, OFFICIALS_TRAINED -> true;
            default -> false;
        };
    }

    /** Builds an {@link Indicator}. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private final String id;
        private final String result;
        private final String title;
        private Measure measure = Measure.UNIT;
        private boolean ascending = true;
        private String unit = "";
        private final List<Reference> references = new ArrayList<>();
        private Sector sector;
        private Level level = Level.NATIONAL;
        private final List<String> dimensions = new ArrayList<>();
        private Aggregation aggregation = Aggregation.PERIODIC;
        private Source source = Source.OBSERVATIONS;
        private boolean aggregationStatus = true;
        private Ratio ratio;
        private Population population;
        private final List<Baseline> baselines = new ArrayList<>();
        private final List<Target> targets = new ArrayList<>();
        private OptionalDouble limit = OptionalDouble.empty();

        private Builder(String id, String result, String title) {
            this.id = id;
            this.result = result;
            this.title = title;
        }

        /** See {@link Indicator#measure()}. */
        public Builder measure(Measure value) {
            measure = value;
            return this;
        }

        /** See {@link Indicator#ascending()}. */
        public Builder ascending(boolean value) {
            ascending = value;
            return this;
        }

        /** See {@link Indicator#unit()}. */
        public Builder unit(String value) {
            unit = value;
            return this;
        }

        /** Adds a reference. */
        public Builder addReference(Reference value) {
            references.add(Checks.required(value, "references[]"));
            return this;
        }

        /** See {@link Indicator#sector()}; null for none. */
        public Builder sector(Sector value) {
            sector = value;
            return this;
        }

        /** See {@link Indicator#level()}. */
        public Builder level(Level value) {
            level = value;
            return this;
        }

        /** Adds disaggregation dimensions. */
        public Builder dimensions(String... names) {
            dimensions.addAll(List.of(names));
            return this;
        }

        /** See {@link Indicator#aggregation()}. */
        public Builder aggregation(Aggregation value) {
            aggregation = value;
            return this;
        }

        /** See {@link Indicator#source()}. */
        public Builder source(Source value) {
            source = value;
            return this;
        }

        /** See {@link Indicator#aggregationStatus()}; true unless set. */
        public Builder aggregationStatus(boolean value) {
            aggregationStatus = value;
            return this;
        }

        /** Sets the formula and the source {@link Source#RATIO}. */
        public Builder ratio(Ratio value) {
            ratio = value;
            source = value == null ? Source.OBSERVATIONS : Source.RATIO;
            return this;
        }

        /** See {@link Indicator#population()}; null for none. */
        public Builder population(Population value) {
            population = value;
            return this;
        }

        /** Adds a baseline. */
        public Builder addBaseline(Baseline value) {
            baselines.add(Checks.required(value, "baselines[]"));
            return this;
        }

        /** Adds a target. */
        public Builder addTarget(Target value) {
            targets.add(Checks.required(value, "targets[]"));
            return this;
        }

        /** See {@link Indicator#limit()}. */
        public Builder limit(double value) {
            limit = OptionalDouble.of(value);
            return this;
        }

        /** The indicator. */
        public Indicator build() {
            return new Indicator(id, result, title, measure, ascending, unit, references, Optional.ofNullable(sector),
                    level, dimensions, aggregation, source, aggregationStatus, Optional.ofNullable(ratio),
                    Optional.ofNullable(population), baselines, targets, limit);
        }
    }
}
