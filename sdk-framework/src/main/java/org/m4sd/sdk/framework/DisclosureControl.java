package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * The parameters of the statistical disclosure control applied to every published report
 * ({@link ResultsReport#protect()}): counts of people below {@code threshold} are suppressed, with secondary
 * suppression so that no suppressed count can be worked out from the totals published beside it. The method is
 * described in {@code docs/RESULTS-FRAMEWORK.md}, section "Disclosure control".
 *
 * <p>The counts protected are the values of every additive indicator ({@link Indicator#additive()}: measure UNIT,
 * summed over countries and dimension values) not listed in {@code exempt}; ratios whose numerator or denominator
 * is suppressed are suppressed with it.
 *
 * @param threshold the smallest count published; a count from 1 to {@code threshold - 1} is suppressed. Zero is
 *                  published (a zero discloses no person). 1 turns suppression off.
 * @param exempt    ids, in the order given, of additive indicators whose counts are not of people (laws adopted, local authorities,
 *                  contributions), published as they are
 * @param note      why a value is withheld, in plain language: the IATI export writes it as the comment of every
 *                  suppressed actual; empty for {@link #defaultNote(int)}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DisclosureControl(int threshold, Set<String> exempt, Optional<String> note) {
    /** The threshold when a framework gives none: 5, as in most official statistics releases. */
    public static final int DEFAULT_THRESHOLD = 5;

    /** Threshold 5, no indicator exempt, the default note. */
    public static final DisclosureControl DEFAULT = of(DEFAULT_THRESHOLD);

    /** Rejects a threshold below 1, nulls and blank ids. */
    public DisclosureControl {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be 1 or more, got " + threshold);
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>(); // in the order given, as the JSON paths of errors
        for (String id : Checks.required(exempt, "exempt")) {
            ids.add(Checks.requiredText(id, "exempt[]"));
        }
        exempt = Collections.unmodifiableSet(ids);
        Checks.optional(note, "note");
        if (note.isPresent() && note.get().isBlank()) {
            throw new IllegalArgumentException("note must not be blank");
        }
    }

    /** This threshold, no indicator exempt, the default note. */
    public static DisclosureControl of(int threshold) {
        return new DisclosureControl(threshold, Set.of(), Optional.empty());
    }

    /** The same parameters with another threshold (for example a stricter one for one publication). */
    public DisclosureControl withThreshold(int value) {
        return new DisclosureControl(value, exempt, note);
    }

    /** Whether the values of this indicator are counts of people that the rule protects. */
    public boolean protects(Indicator indicator) {
        return indicator.additive() && !exempt.contains(indicator.id());
    }

    /**
     * The cells to withhold in a table of counts of people published outside a report (a chart's counts, for
     * example), by the method {@link ResultsReport#protect()} applies to each indicator's table.
     *
     * @param cells each cell's coordinates (one code per dimension, {@link IndicatorValue#TOTAL} for the total over
     *              that dimension; totals only where they are published) with its count
     * @return the coordinates of the cells to withhold
     */
    public Set<List<String>> withheld(Map<List<String>, ? extends Number> cells) {
        Map<List<String>, Double> counts = new LinkedHashMap<>();
        cells.forEach((cell, count) -> counts.put(List.copyOf(cell), count.doubleValue()));
        return Providers.services().withheld(counts, threshold);
    }

    /** The note written beside a suppressed value: the one given, else {@link #defaultNote(int)}. */
    public String noteText() {
        return note.orElseGet(() -> defaultNote(threshold));
    }

    /** The note when a framework gives none. */
    public static String defaultNote(int threshold) {
        return "Value withheld (statistical disclosure control): a count of fewer than " + threshold
                + " people, or a value withheld so that such a count cannot be worked out from the totals beside it.";
    }
}
