package org.m4sd.sdk.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.FieldError;

/** Cross-element checks of a framework; every error names the element by its JSON path. */
final class FrameworkValidator {
    /** The unit an indicator counting decisions, not persons, must state. */
    static final String DECISIONS_UNIT = "decisions";

    private FrameworkValidator() {
    }

    /** The dimensions an indicator fed by each source may be broken down by; null for any. */
    static Set<String> allowedDimensions(Source source) {
        return switch (source) {
            case OBSERVATIONS, RATIO -> null;
            case ACCESS_DECISIONS, DECISIONS_MADE -> Set.of("sex", "migratoryStatus");
            case POLICIES_ADOPTED -> Set.of("type", "level");
            case OFFICIALS_TRAINED -> Set.of("sex", "level");
            case SDG_10_7_1_MEAN, SDG_10_7_1_MEDIAN, SDG_10_7_1_FOURTH_QUINTILE ->
                    Set.of("sex", "ageGroup", "education", "destination");
            case SDG_10_7_2_OVERALL -> Set.of("domain");
            case SDG_10_7_2_BAND_SHARE -> Set.of("band", "domain");
            case SDG_10_C_1 -> Set.of();
        };
    }

    /** @throws InvalidFrameworkException listing every problem */
    static void validate(Programme programme, List<ProgrammeOutcome> outcomes, List<ProgrammeOutput> outputs,
            List<Indicator> indicators, DisclosureControl disclosureControl) {
        List<FieldError> errors = new ArrayList<>();
        checkDisclosureControl(disclosureControl, indicators, errors);
        Set<String> resultIds = new HashSet<>();
        Set<String> outcomeIds = new HashSet<>();
        for (int i = 0; i < outcomes.size(); i++) {
            String id = outcomes.get(i).id();
            if (!resultIds.add(id)) {
                errors.add(FieldError.of("$.outcomes[" + i + "].id", "duplicate result id \"" + id + "\""));
            }
            outcomeIds.add(id);
        }
        for (int i = 0; i < outputs.size(); i++) {
            ProgrammeOutput o = outputs.get(i);
            if (!resultIds.add(o.id())) {
                errors.add(FieldError.of("$.outputs[" + i + "].id", "duplicate result id \"" + o.id() + "\""));
            }
            if (!outcomeIds.contains(o.outcome())) {
                errors.add(FieldError.of("$.outputs[" + i + "].outcome", "unknown outcome \"" + o.outcome() + "\""));
            }
        }
        Map<String, Indicator> byId = new HashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            String at = "$.indicators[" + i + "]";
            if (byId.putIfAbsent(ind.id(), ind) != null) {
                errors.add(FieldError.of(at + ".id", "duplicate indicator id \"" + ind.id() + "\""));
            }
            if (!resultIds.contains(ind.result())) {
                errors.add(FieldError.of(at + ".result", "unknown outcome or output \"" + ind.result() + "\""));
            }
        }
        for (int i = 0; i < indicators.size(); i++) {
            checkIndicator(programme, indicators.get(i), "$.indicators[" + i + "]", byId, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFrameworkException(errors);
        }
    }

    private static void checkIndicator(Programme programme, Indicator ind, String at, Map<String, Indicator> byId,
            List<FieldError> errors) {
        Set<String> dims = new HashSet<>();
        Set<String> allowed = allowedDimensions(ind.source());
        for (int d = 0; d < ind.dimensions().size(); d++) {
            String dim = ind.dimensions().get(d);
            if (dim.isBlank() || dim.equals("country")) {
                errors.add(FieldError.of(at + ".dimensions[" + d + "]", "\"" + dim + "\" is not a dimension name"));
            } else if (!dims.add(dim)) {
                errors.add(FieldError.of(at + ".dimensions[" + d + "]", "duplicate dimension \"" + dim + "\""));
            } else if (allowed != null && !allowed.contains(dim)) {
                errors.add(FieldError.of(at + ".dimensions[" + d + "]", "source " + ind.source()
                        + " cannot be broken down by \"" + dim + "\"; allowed: " + new java.util.TreeSet<>(allowed)));
            }
        }
        boolean fedByDecisions = ind.source() == Source.ACCESS_DECISIONS || ind.source() == Source.DECISIONS_MADE;
        if (fedByDecisions && ind.sector().isEmpty()) {
            errors.add(FieldError.of(at + ".sector", "source " + ind.source() + " needs a sector"));
        }
        if (ind.source() == Source.SDG_10_7_2_BAND_SHARE && !dims.contains("band")) {
            // without the band, the only figure left would be the total over bands, always 100
            errors.add(FieldError.of(at + ".dimensions", "source " + ind.source() + " needs the dimension \"band\""));
        }
        if (fedByDecisions && ind.population().isEmpty()) {
            errors.add(FieldError.of(at + ".population", "source " + ind.source()
                    + " needs a population: the migratory statuses, determinations and outcomes it counts"));
        } else if (!fedByDecisions && ind.population().isPresent()) {
            errors.add(FieldError.of(at + ".population", "only the sources fed by decisions (ACCESS_DECISIONS, "
                    + "DECISIONS_MADE) take a population; this indicator's source is " + ind.source()));
        }
        ind.population().filter(p -> fedByDecisions).ifPresent(p -> checkPopulation(ind, p, at, errors));
        ind.ratio().ifPresent(r -> {
            for (String[] part : new String[][] {{"numerator", r.numerator()}, {"denominator", r.denominator()}}) {
                Indicator ref = byId.get(part[1]);
                if (ref == null) {
                    errors.add(FieldError.of(at + ".ratio." + part[0], "unknown indicator \"" + part[1] + "\""));
                } else if (ref.source() == Source.RATIO) {
                    errors.add(FieldError.of(at + ".ratio." + part[0], "\"" + part[1] + "\" is itself a ratio"));
                } else if (!Set.copyOf(ref.dimensions()).equals(dims)) {
                    errors.add(FieldError.of(at + ".ratio." + part[0], "\"" + part[1] + "\" has dimensions "
                            + ref.dimensions() + ", the ratio has " + ind.dimensions()));
                }
            }
        });
        for (int b = 0; b < ind.baselines().size(); b++) {
            Baseline base = ind.baselines().get(b);
            String bat = at + ".baselines[" + b + "]";
            checkCountry(programme, base.country(), bat + ".country", errors);
            checkValue(ind, base.value(), base.comment(), bat, errors);
            checkDimensions(dims, base.dimensions(), bat, errors);
            checkLimit(ind, base, bat, errors);
        }
        for (int t = 0; t < ind.targets().size(); t++) {
            Target target = ind.targets().get(t);
            String tat = at + ".targets[" + t + "]";
            checkCountry(programme, target.country(), tat + ".country", errors);
            if (!target.period().within(programme.period())) {
                errors.add(FieldError.of(tat + ".period", "target period " + target.period()
                        + " lies outside the programme " + programme.period()));
            }
            checkValue(ind, target.value(), target.comment(), tat, errors);
            checkDimensions(dims, target.dimensions(), tat, errors);
        }
    }

    /** A baseline beyond the natural limit: the limit is a maximum when ascending, a minimum when descending. */
    private static void checkLimit(Indicator ind, Baseline base, String at, List<FieldError> errors) {
        if (ind.limit().isEmpty() || base.value().isEmpty()) {
            return;
        }
        double limit = ind.limit().getAsDouble();
        double value = base.value().getAsDouble();
        if (ind.ascending() ? value > limit : value < limit) {
            errors.add(FieldError.of(at + ".value", "baseline " + value + " lies beyond the indicator's limit " + limit
                    + (ind.ascending() ? " (a maximum for an ascending indicator)"
                            : " (a minimum for a descending indicator)")));
        }
    }

    /** The determinations lie in the indicator's sector; access is granted outcomes; the unit names what is counted. */
    private static void checkPopulation(Indicator ind, Population p, String at, List<FieldError> errors) {
        String pat = at + ".population";
        for (Determination d : p.determinations()) {
            if (ind.sector().isPresent() && d.sector() != ind.sector().get()) {
                errors.add(FieldError.of(pat + ".determinations", "\"" + d.id() + "\" belongs to sector "
                        + d.sector() + ", not to the indicator's sector " + ind.sector().get()));
            }
        }
        if (ind.source() == Source.ACCESS_DECISIONS && !p.grantsAccessOnly()) {
            errors.add(FieldError.of(pat + ".outcomes", "source ACCESS_DECISIONS counts access granted: outcomes "
                    + "must be among " + Population.ACCESS + ", got " + p.outcomes()));
        }
        boolean unitSaysDecisions = ind.unit().equals(DECISIONS_UNIT);
        if (p.counts() == Population.Counting.DECISIONS && !unitSaysDecisions) {
            errors.add(FieldError.of(pat + ".counts", "counting DECISIONS needs the unit \"" + DECISIONS_UNIT
                    + "\", the indicator's unit is \"" + ind.unit() + "\""));
        } else if (p.counts() == Population.Counting.PERSONS && unitSaysDecisions) {
            errors.add(FieldError.of(at + ".unit", "the population counts PERSONS; a unit of \"" + DECISIONS_UNIT
                    + "\" would say otherwise"));
        }
    }

    private static void checkCountry(Programme programme, String country, String at, List<FieldError> errors) {
        if (!country.equals(IndicatorValue.TOTAL) && !programme.countries().contains(country)) {
            errors.add(FieldError.of(at, "\"" + country + "\" is not a programme country"));
        }
    }

    private static void checkValue(Indicator ind, java.util.OptionalDouble value, java.util.Optional<String> comment,
            String at, List<FieldError> errors) {
        if (value.isPresent()) {
            ind.measure().misfit(value.getAsDouble()).ifPresent(m -> errors.add(FieldError.of(at + ".value", m)));
        } else if (ind.measure().numeric()) {
            errors.add(FieldError.of(at + ".value", "a " + ind.measure() + " indicator needs a value"));
        } else if (comment.isEmpty()) {
            errors.add(FieldError.of(at + ".comment", "a QUALITATIVE indicator needs its text in comment"));
        }
    }

    private static void checkDimensions(Set<String> dims, Map<String, String> given, String at,
            List<FieldError> errors) {
        for (String name : new java.util.TreeSet<>(given.keySet())) {
            if (!dims.contains(name)) {
                errors.add(FieldError.of(at + ".dimensions." + name, "the indicator has no dimension \"" + name + "\""));
            }
        }
    }

    /** Every indicator exempt from disclosure control exists, and is a count (nothing else is protected). */
    private static void checkDisclosureControl(DisclosureControl control, List<Indicator> indicators,
            List<FieldError> errors) {
        int i = 0;
        for (String id : control.exempt()) {
            String at = "$.disclosureControl.exempt[" + i++ + "]";
            Indicator ind = indicators.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
            if (ind == null) {
                errors.add(FieldError.of(at, "unknown indicator \"" + id + "\""));
            } else if (!ind.additive()) {
                errors.add(FieldError.of(at, "indicator \"" + id + "\" is not an additive count, so it is never "
                        + "suppressed; exempting it has no effect"));
            }
        }
    }
}
