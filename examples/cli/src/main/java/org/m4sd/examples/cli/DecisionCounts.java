package org.m4sd.examples.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.framework.DisclosureControl;
import org.m4sd.sdk.framework.IndicatorValue;
import org.m4sd.sdk.framework.ProgrammeEvent;

/**
 * The decisions the dashboard draws, by country, determination and outcome, with the totals it shows (per country
 * and determination, per country), under the report's disclosure control: a count of fewer people than the
 * threshold, and the counts that would give it away, are withheld as in the published report.
 */
final class DecisionCounts {
    private static final String TOTAL = IndicatorValue.TOTAL;

    /** Country, then determination, then outcome: how many decisions. */
    private final Map<String, Map<Determination, Map<Outcome, Long>>> counts = new TreeMap<>();
    private final Set<List<String>> withheld;

    DecisionCounts(Iterable<? extends ProgrammeEvent> events, DisclosureControl control) {
        for (ProgrammeEvent e : events) {
            if (e instanceof ProgrammeEvent.DecisionMade d) {
                counts.computeIfAbsent(d.country(), k -> new EnumMap<>(Determination.class))
                        .computeIfAbsent(d.determination(), k -> new EnumMap<>(Outcome.class))
                        .merge(d.outcome(), 1L, Long::sum);
            }
        }
        // the table as drawn: no total over countries is shown, so none is in it
        Map<List<String>, Long> table = new LinkedHashMap<>();
        counts.forEach((country, byDetermination) -> byDetermination.forEach((determination, byOutcome) ->
                byOutcome.forEach((outcome, n) -> {
                    for (List<String> cell : List.of(
                            List.of(country, determination.id(), outcome.name()),
                            List.of(country, determination.id(), TOTAL),
                            List.of(country, TOTAL, outcome.name()),
                            List.of(country, TOTAL, TOTAL))) {
                        table.merge(cell, n, Long::sum);
                    }
                })));
        this.withheld = control.withheld(table);
    }

    /** The countries with decisions. */
    Set<String> countries() {
        return counts.keySet();
    }

    /** The determinations decided in a country. */
    List<Determination> determinations(String country) {
        return new ArrayList<>(counts.getOrDefault(country, Map.of()).keySet());
    }

    /** The decisions of a country, determination and outcome, in outcome order; the withheld ones left out. */
    Map<Outcome, Long> published(String country, Determination determination) {
        Map<Outcome, Long> out = new EnumMap<>(Outcome.class);
        counts.get(country).get(determination).forEach((outcome, n) -> {
            if (!withheld.contains(List.of(country, determination.id(), outcome.name()))) {
                out.put(outcome, n);
            }
        });
        return out;
    }

    /** The outcomes of a country and determination whose counts are withheld, in outcome order. */
    List<Outcome> withheld(String country, Determination determination) {
        List<Outcome> out = new ArrayList<>();
        counts.get(country).get(determination).keySet().forEach(outcome -> {
            if (withheld.contains(List.of(country, determination.id(), outcome.name()))) {
                out.add(outcome);
            }
        });
        return out;
    }

    /** The decisions of a country and determination, unless withheld. */
    OptionalLong total(String country, Determination determination) {
        return withheld.contains(List.of(country, determination.id(), TOTAL)) ? OptionalLong.empty()
                : OptionalLong.of(counts.get(country).get(determination).values().stream()
                        .mapToLong(Long::longValue).sum());
    }

    /** The decisions of a country, unless withheld. */
    OptionalLong total(String country) {
        return withheld.contains(List.of(country, TOTAL, TOTAL)) ? OptionalLong.empty()
                : OptionalLong.of(counts.get(country).values().stream().flatMap(m -> m.values().stream())
                        .mapToLong(Long::longValue).sum());
    }
}
